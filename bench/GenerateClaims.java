import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.parallax.text.SearchForm;

/**
 * Fills a Parallax database with generated claims for query-plan work: outlets, articles and
 * claims whose words are drawn from the 5,000 most frequent words of the SaudiNewsNet corpus (read
 * in place, never copied), so the text search sees a realistic Arabic vocabulary. Then prints the
 * EXPLAIN (ANALYZE, BUFFERS) of the search and related-claims queries.
 *
 * Usage: java -cp CLASSPATH bench/GenerateClaims.java JDBC_URL CORPUS_DIR CLAIMS
 */
public class GenerateClaims {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path corpus = Path.of(args[1]);
        int claims = Integer.parseInt(args[2]);
        String[] vocabulary = vocabulary(corpus, 5000);
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            db.setAutoCommit(true);
            long existing = count(db, "SELECT count(*) FROM claim");
            if (existing < claims) {
                generate(db, vocabulary, claims);
            }
            try (Statement s = db.createStatement()) {
                s.execute("VACUUM ANALYZE claim");
                s.execute("VACUUM ANALYZE article");
            }
            System.out.printf("claims: %d, articles: %d%n", count(db, "SELECT count(*) FROM claim"), count(db, "SELECT count(*) FROM article"));
            String common = SearchForm.of(vocabulary[20]);
            String rare = SearchForm.of(vocabulary[4000]) + " " + SearchForm.of(vocabulary[3000]);
            explain(db, "search, a frequent word (" + common + ")", search(), common);
            explain(db, "search, two rarer words (" + rare + ")", search(), rare);
            explain(db, "related claims by trigram similarity", """
                    SELECT c2.id, similarity(c2.text_normalized, t.text) FROM claim c2, (SELECT text_normalized AS text, article_id
                    FROM claim ORDER BY id LIMIT 1) t
                    WHERE c2.text_normalized % t.text AND c2.article_id <> t.article_id ORDER BY 2 DESC, c2.id LIMIT 30""", null);
            explain(db, "claims of one speaker, newest first", """
                    SELECT c.id FROM claim c JOIN article a ON a.id = c.article_id
                    WHERE c.speaker_id = (SELECT min(id) FROM speaker) ORDER BY c.id DESC LIMIT 51""", null);
        }
    }

    /** The query ClaimSearchService runs, for the first page. */
    private static String search() {
        return """
                SELECT c.id, round(ts_rank_cd(c.search_vector, query.q)::numeric, 6),
                       coalesce(extract(epoch FROM a.published_at), -1e12)
                FROM claim c JOIN article a ON a.id = c.article_id,
                     (SELECT websearch_to_tsquery('arabic', ?) || websearch_to_tsquery('english', ?) AS q) query
                WHERE c.search_vector @@ query.q
                ORDER BY 2 DESC, 3 DESC, c.id DESC LIMIT 51""";
    }

    private static void generate(Connection db, String[] vocabulary, int claims) throws Exception {
        long start = System.nanoTime();
        String[] normalized = Stream.of(vocabulary).map(SearchForm::of).filter(w -> !w.isEmpty()).toArray(String[]::new);
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO outlet (name, kind) SELECT 'Bench outlet ' || g, 'online' FROM generate_series(1, 50) g");
            s.execute("INSERT INTO speaker (name) SELECT 'Bench speaker ' || g FROM generate_series(1, 500) g");
            s.execute("""
                    INSERT INTO article (url, outlet_id, language, published_at, body, clean_text, content_hash)
                    SELECT 'https://bench.invalid/' || g, (SELECT min(id) FROM outlet WHERE name LIKE 'Bench outlet %') + g % 50, 'ar',
                           timestamptz '2015-07-21' + (g % 21) * interval '1 day' + (g % 86400) * interval '1 second',
                           'generated', repeat('x', 400), repeat('0', 64)
                    FROM generate_series(1, 50000) g""");
        }
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO claim (article_id, text, text_normalized, span_start, span_end, kind, language, method, speaker_id)
                SELECT a0 + g % 50000, t, t, 0, 1, 'assertion', 'ar', 'auto', CASE WHEN g % 3 = 0 THEN s0 + g % 500 END
                FROM (SELECT g, (SELECT min(id) FROM article WHERE url LIKE 'https://bench.invalid/%') AS a0,
                             (SELECT min(id) FROM speaker WHERE name LIKE 'Bench speaker %') AS s0,
                             (SELECT string_agg(w[1 + floor(random() * array_length(w, 1) + 0 * i)::int], ' ')
                              FROM generate_series(1, 8 + g % 10) AS i) AS t
                      FROM generate_series(?, ?) g, (SELECT ?::text[] AS w) v) x""")) {
            Array words = db.createArrayOf("text", normalized);
            int batch = 100_000;
            for (int from = 1; from <= claims; from += batch) {
                insert.setInt(1, from);
                insert.setInt(2, Math.min(claims, from + batch - 1));
                insert.setArray(3, words);
                insert.executeUpdate();
                System.out.printf("%d claims inserted%n", Math.min(claims, from + batch - 1));
            }
        }
        System.out.printf("generated in %.0f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static void explain(Connection db, String title, String sql, String words) throws Exception {
        System.out.println("\n### " + title + "\n");
        try (PreparedStatement explain = db.prepareStatement("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + sql)) {
            if (words != null) {
                explain.setString(1, words);
                explain.setString(2, words);
            }
            try (ResultSet plan = explain.executeQuery()) {
                while (plan.next()) {
                    System.out.println("    " + plan.getString(1));
                }
            }
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The most frequent words of the corpus. */
    private static String[] vocabulary(Path folder, int size) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        List<Path> zips;
        try (Stream<Path> files = Files.list(folder)) {
            zips = files.filter(p -> p.toString().endsWith(".zip")).sorted().limit(3).toList();
        }
        for (Path zip : zips) {
            try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
                for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                    for (JsonNode article : json.readTree(entries.readAllBytes())) {
                        for (String word : article.path("content").asText("").split("[^\\p{L}]+")) {
                            if (word.length() > 2) {
                                counts.merge(word, 1, Integer::sum);
                            }
                        }
                    }
                }
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(size)
                .map(Map.Entry::getKey).toArray(String[]::new);
    }
}
