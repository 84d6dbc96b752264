import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.postgresql.PGConnection;

/**
 * Grows a Parallax database of real, ingested articles (the seed) into a corpus of a given size
 * for the read benchmarks, inside PostgreSQL, reproducibly from a seed number.
 *
 * <p>Each generated article is a copy of one seed article (its text, title, claims, citations and
 * facets, with every derived column exactly as the ingest pipeline computed it) under a new URL,
 * one of 40 generated outlets and a new publication time within 2018. A third of the draws are
 * event clusters of 5 to 200 articles (log-uniform sizes) published within three days by several
 * outlets, each cluster copied from seed articles that were published close together and linked
 * to a generated event (title from its first article), as the linking job would link them; since a
 * cluster holds about 50 articles, they are 96 % of the generated articles. The other draws are
 * single articles spread uniformly over the year. Every generated article is put in a story too
 * (see {@link #stories}).
 *
 * <p>Resampling is at the article level: a text appears about ARTICLES / seed-size times, under
 * different outlets and dates. The vocabulary, claim lengths and facet mix are those of real news;
 * exact duplicates are more frequent than in a real stream (see docs/benchmarks.md).
 *
 * <p>Large loads drop the secondary indexes of the copied tables first and rebuild them at the
 * end (their definitions are kept in table {@code bench_dropped_index} until then, so an
 * interrupted run restores them when run again); triggers (span checks, foreign keys) are off for
 * the copy, whose rows are consistent by construction (so no stats change is recorded either: every
 * day is queued in {@code stats_change} at the end, and the service rebuilds the stats rollups).
 *
 * <p>Usage: java -cp CLASSPATH bench/GenerateCorpus.java JDBC_URL ARTICLES SEED
 */
public class GenerateCorpus {

    private static final String PREFIX = "https://generated.parallax.test/";
    private static final int OUTLETS = 40;
    private static final int CHUNK = 20_000;
    private static final List<String> COPIED = List.of("article", "citation", "claim", "facet", "article_event", "claim_event");
    private static final Instant YEAR_START = LocalDate.of(2018, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final long YEAR_SECONDS = 365L * 24 * 3600;

    /** One generated article: which seed article it copies, where and when it appears, and its event cluster (0: none). */
    record Planned(long index, long seedArticle, int outlet, Instant publishedAt, int cluster) {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        long target = Long.parseLong(args[1]);
        long seed = Long.parseLong(args[2]);
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            db.setAutoCommit(true);
            execute(db, "CREATE TABLE IF NOT EXISTS bench_dropped_index (name text PRIMARY KEY, definition text NOT NULL)");
            List<Long> seeds = longs(db, "SELECT id FROM article WHERE url NOT LIKE '" + PREFIX + "%' ORDER BY published_at NULLS FIRST, id");
            long generated = count(db, "SELECT count(*) FROM article WHERE url LIKE '" + PREFIX + seed + "/%'");
            long wanted = target - seeds.size();
            System.out.printf("seed articles: %d; generated (seed %d): %d; to generate: %d%n", seeds.size(), seed, generated,
                    Math.max(0, wanted - generated));
            boolean interrupted = count(db, "SELECT count(*) FROM bench_dropped_index") > 0;
            List<Planned> plan = plan(seeds, wanted, seed);
            if (wanted > generated) {
                long start = System.nanoTime();
                List<Long> outlets = outlets(db, seed);
                Map<Integer, Long> events = events(db, plan, seed);
                if (wanted - generated > 100_000) {
                    dropIndexes(db);
                }
                execute(db, "SET session_replication_role = replica"); // no span-check or FK triggers for consistent copies
                for (long from = generated; from < wanted; from += CHUNK) {
                    copy(db, plan.subList((int) from, (int) Math.min(wanted, from + CHUNK)), outlets, events, seed);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf("%d / %d articles, %.0f s%n", Math.min(wanted, from + CHUNK), wanted, seconds);
                }
                execute(db, "SET session_replication_role = origin");
            }
            restoreIndexes(db);
            if (wanted > generated || interrupted) {
                // the service rebuilds the stats rollups of every day; queued only now, as the rebuild needs the indexes
                execute(db, "INSERT INTO stats_change (day) SELECT DISTINCT (published_at AT TIME ZONE 'UTC')::date FROM article");
                vacuum(db, COPIED);
            }
            stories(db, plan, seed);
            System.out.printf("articles: %d, claims: %d, facets: %d, citations: %d, events: %d, database: %s%n",
                    count(db, "SELECT count(*) FROM article"), count(db, "SELECT count(*) FROM claim"),
                    count(db, "SELECT count(*) FROM facet"), count(db, "SELECT count(*) FROM citation"),
                    count(db, "SELECT count(*) FROM event"), text(db, "SELECT pg_size_pretty(pg_database_size(current_database()))"));
        }
    }

    /** The whole plan, drawn from the seed number alone, so a resumed run continues the same corpus. */
    static List<Planned> plan(List<Long> seeds, long articles, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Planned> plan = new ArrayList<>((int) articles);
        int cluster = 0;
        while (plan.size() < articles) {
            if (random.nextInt(3) == 0) { // a cluster: 5 to 200 articles within three days, copied from neighbouring seeds
                cluster++;
                int size = (int) Math.round(Math.exp(Math.log(5) + random.nextDouble() * (Math.log(200) - Math.log(5))));
                long day = random.nextLong(YEAR_SECONDS - 3 * 24 * 3600);
                int around = random.nextInt(seeds.size());
                for (int i = 0; i < size && plan.size() < articles; i++) {
                    int neighbour = Math.floorMod(around + random.nextInt(-50, 51), seeds.size());
                    plan.add(new Planned(plan.size(), seeds.get(neighbour), random.nextInt(OUTLETS),
                            YEAR_START.plusSeconds(day + random.nextLong(3 * 24 * 3600)), cluster));
                }
            } else {
                plan.add(new Planned(plan.size(), seeds.get(random.nextInt(seeds.size())), random.nextInt(OUTLETS),
                        YEAR_START.plusSeconds(random.nextLong(YEAR_SECONDS)), 0));
            }
        }
        return plan;
    }

    /**
     * Puts every generated article that has no story into one, as discovery groups copies of real articles: the copies of one
     * seed story inside one event cluster are a story, and so are the copies of one seed story published outside clusters in
     * one ISO week. A cluster is not one story because real stories are small (64 % of the 5,988 stories of the 19,101 real
     * seed articles hold one article) and one happening's coverage is split over several; this keeps about the seed's
     * articles per story. Signatures are the seed article's. The counters are the service's job: the V20 triggers note
     * every new story and {@code StoryCounters} recounts them once the service runs.
     */
    private static void stories(Connection db, List<Planned> plan, long seed) throws SQLException {
        long start = System.nanoTime();
        if (count(db, "SELECT count(*) FROM article a WHERE a.url LIKE '" + PREFIX + seed + "/%'"
                + " AND NOT EXISTS (SELECT 1 FROM story_article sa WHERE sa.article_id = a.id)") == 0) {
            System.out.printf("stories: 0 new, %d in all%n", count(db, "SELECT count(*) FROM story"));
            return; // a rerun on a corpus whose articles all have a story: no plan to copy in, no join over every article
        }
        db.setAutoCommit(false);
        execute(db, "CREATE TEMP TABLE planned_story (n bigint, seed_article bigint, cluster int) ON COMMIT DROP");
        copyIn(db, "planned_story", plan.stream().map(p -> p.index() + "\t" + p.seedArticle() + "\t" + p.cluster())
                .collect(Collectors.joining("\n")));
        execute(db, """
                CREATE TEMP TABLE member ON COMMIT DROP AS
                SELECT a.id AS article_id, a.published_at, src.terms, src.keys,
                       CASE WHEN p.cluster > 0 THEN 'cluster ' || p.cluster
                            ELSE 'week ' || to_char(a.published_at AT TIME ZONE 'UTC', 'IYYY-IW') END
                       || ' story ' || coalesce(src.story_id, -p.seed_article) AS story_key
                FROM planned_story p JOIN article a ON a.url = '%s%d/' || p.n
                LEFT JOIN story_article src ON src.article_id = p.seed_article
                WHERE NOT EXISTS (SELECT 1 FROM story_article sa WHERE sa.article_id = a.id)""".formatted(PREFIX, seed));
        execute(db, """
                CREATE TEMP TABLE new_story ON COMMIT DROP AS
                SELECT story_key, min(published_at) AS first_published, max(published_at) AS last_published, 0::bigint AS id
                FROM member GROUP BY story_key""");
        execute(db, "UPDATE new_story SET id = nextval(pg_get_serial_sequence('story', 'id'))");
        execute(db, "INSERT INTO story (id, first_published, last_published) OVERRIDING SYSTEM VALUE"
                + " SELECT id, first_published, last_published FROM new_story");
        execute(db, """
                INSERT INTO story_article (article_id, story_id, day, terms, keys)
                SELECT m.article_id, s.id, (m.published_at AT TIME ZONE 'UTC')::date, coalesce(m.terms, '{}'), coalesce(m.keys, '{}')
                FROM member m JOIN new_story s USING (story_key)""");
        long stories = count(db, "SELECT count(*) FROM new_story");
        db.commit();
        db.setAutoCommit(true);
        if (stories > 0) {
            vacuum(db, List.of("story", "story_article"));
        }
        System.out.printf("stories: %d new, %d in all, %.0f s%n", stories, count(db, "SELECT count(*) FROM story"),
                (System.nanoTime() - start) / 1e9);
    }

    private static void vacuum(Connection db, List<String> tables) throws SQLException {
        long start = System.nanoTime();
        for (String table : tables) {
            execute(db, "VACUUM ANALYZE " + table);
        }
        System.out.printf("vacuum analyze %s: %.0f s%n", tables, (System.nanoTime() - start) / 1e9);
    }

    private static List<Long> outlets(Connection db, long seed) throws SQLException {
        execute(db, "INSERT INTO outlet (name, kind, verified, creation_key) SELECT 'Generated outlet ' || g, 'online', false,"
                + " 'bench:" + seed + ":' || g FROM generate_series(1, " + OUTLETS + ") g ON CONFLICT (creation_key) DO NOTHING");
        return longs(db, "SELECT id FROM outlet WHERE creation_key LIKE 'bench:" + seed + ":%' ORDER BY id");
    }

    /** One event per cluster, titled after its first article; its linking counts as done. */
    private static Map<Integer, Long> events(Connection db, List<Planned> plan, long seed) throws SQLException {
        Map<Integer, Planned> first = new LinkedHashMap<>();
        plan.stream().filter(p -> p.cluster() > 0).forEach(p -> first.putIfAbsent(p.cluster(), p));
        execute(db, "CREATE TEMP TABLE IF NOT EXISTS planned_event (cluster int, seed_article bigint, day date)");
        execute(db, "TRUNCATE planned_event");
        copyIn(db, "planned_event", first.values().stream()
                .map(p -> p.cluster() + "\t" + p.seedArticle() + "\t" + p.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate())
                .collect(Collectors.joining("\n")));
        execute(db, """
                INSERT INTO event (title, kind, start_date, description, title_normalized)
                SELECT left(coalesce(a.title, 'Generated event'), 300), 'other', p.day, 'bench:%d:' || p.cluster, a.title_normalized
                FROM planned_event p JOIN article a ON a.id = p.seed_article
                WHERE NOT EXISTS (SELECT 1 FROM event e WHERE e.description = 'bench:%d:' || p.cluster)""".formatted(seed, seed));
        execute(db, "INSERT INTO event_linking (event_id, state, started_at, finished_at) SELECT id, 'done', now(), now() FROM event"
                + " WHERE description LIKE 'bench:" + seed + ":%' ON CONFLICT DO NOTHING");
        Map<Integer, Long> ids = new LinkedHashMap<>();
        try (Statement s = db.createStatement();
                ResultSet rows = s.executeQuery("SELECT split_part(description, ':', 3)::int, id FROM event WHERE description LIKE 'bench:"
                        + seed + ":%'")) {
            while (rows.next()) {
                ids.put(rows.getInt(1), rows.getLong(2));
            }
        }
        return ids;
    }

    /** Copies one chunk of the plan: articles, then citations, claims, facets and event links, with ids reserved from the sequences. */
    private static void copy(Connection db, List<Planned> chunk, List<Long> outlets, Map<Integer, Long> events, long seed) throws SQLException {
        db.setAutoCommit(false);
        execute(db, "CREATE TEMP TABLE IF NOT EXISTS planned (n bigint, seed_article bigint, outlet bigint, published timestamptz,"
                + " event bigint, id bigint)");
        execute(db, "TRUNCATE planned");
        copyIn(db, "planned", chunk.stream().map(p -> p.index() + "\t" + p.seedArticle() + "\t" + outlets.get(p.outlet()) + "\t"
                + p.publishedAt() + "\t" + (p.cluster() > 0 ? events.get(p.cluster()) : "\\N") + "\t\\N").collect(Collectors.joining("\n")));
        execute(db, "UPDATE planned SET id = nextval(pg_get_serial_sequence('article', 'id'))");
        insertCopy(db, "article", "planned p JOIN article src ON src.id = p.seed_article", Map.of(
                "id", "p.id", "url", "'" + PREFIX + seed + "/' || p.n", "outlet_id", "p.outlet", "published_at", "p.published",
                "created_at", "now()", "updated_at", "now()"));
        execute(db, "CREATE TEMP TABLE IF NOT EXISTS copied (table_name text, old_id bigint, article bigint, id bigint)");
        execute(db, "TRUNCATE copied");
        for (String table : List.of("citation", "claim")) {
            execute(db, "INSERT INTO copied SELECT '" + table + "', src.id, p.id, nextval(pg_get_serial_sequence('" + table + "', 'id'))"
                    + " FROM planned p JOIN " + table + " src ON src.article_id = p.seed_article");
        }
        execute(db, "CREATE INDEX IF NOT EXISTS copied_old ON copied (table_name, old_id, article)");
        execute(db, "ANALYZE copied");
        insertCopy(db, "citation", "copied m JOIN citation src ON src.id = m.old_id AND m.table_name = 'citation'",
                Map.of("id", "m.id", "article_id", "m.article"));
        // the new article's UTC day, written here: the trigger that would fill it is off for the copy
        insertCopy(db, "claim", "copied m JOIN claim src ON src.id = m.old_id AND m.table_name = 'claim' JOIN planned p ON p.id = m.article",
                Map.of("id", "m.id", "article_id", "m.article", "published_on", "(p.published AT TIME ZONE 'UTC')::date", "created_at", "now()"));
        insertCopy(db, "facet", "planned p JOIN facet src ON src.article_id = p.seed_article"
                + " LEFT JOIN copied cl ON cl.table_name = 'claim' AND cl.old_id = src.claim_id AND cl.article = p.id",
                Map.of("id", "DEFAULT", "article_id", "p.id", "claim_id", "cl.id"));
        execute(db, "INSERT INTO article_event (article_id, event_id, method, linked, score, reasons)"
                + " SELECT id, event, 'auto', true, 0.9, '[]' FROM planned WHERE event IS NOT NULL");
        execute(db, "INSERT INTO claim_event (claim_id, event_id, method, linked, score, reasons)"
                + " SELECT m.id, p.event, 'auto', true, 0.9, '[]' FROM copied m JOIN planned p ON p.id = m.article"
                + " WHERE m.table_name = 'claim' AND p.event IS NOT NULL");
        db.commit();
        db.setAutoCommit(true);
    }

    /**
     * INSERT INTO table SELECT every stored column of the source row, except the overridden ones;
     * generated columns are left to PostgreSQL, so the copy stays right when columns are added.
     */
    private static void insertCopy(Connection db, String table, String from, Map<String, String> overrides) throws SQLException {
        List<String> columns = strings(db, "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '"
                + table + "' AND is_generated = 'NEVER' ORDER BY ordinal_position");
        List<String> kept = columns.stream().filter(c -> !"DEFAULT".equals(overrides.get(c))).toList();
        String values = kept.stream().map(c -> overrides.getOrDefault(c, "src." + c)).collect(Collectors.joining(", "));
        execute(db, "INSERT INTO " + table + " (" + String.join(", ", kept) + ") OVERRIDING SYSTEM VALUE SELECT " + values + " FROM " + from);
    }

    /** Secondary indexes slow a bulk copy down more than rebuilding them once; primary keys and unique constraints stay. */
    private static void dropIndexes(Connection db) throws SQLException {
        String tables = COPIED.stream().map(t -> "'" + t + "'").collect(Collectors.joining(", "));
        execute(db, "INSERT INTO bench_dropped_index SELECT i.indexname, i.indexdef FROM pg_indexes i"
                + " JOIN pg_class c ON c.relname = i.indexname JOIN pg_index x ON x.indexrelid = c.oid"
                + " WHERE i.schemaname = 'public' AND i.tablename IN (" + tables + ") AND NOT x.indisunique ON CONFLICT DO NOTHING");
        for (String name : strings(db, "SELECT name FROM bench_dropped_index")) {
            execute(db, "DROP INDEX IF EXISTS " + name);
        }
    }

    private static void restoreIndexes(Connection db) throws SQLException {
        execute(db, "SET maintenance_work_mem = '1GB'");
        for (String name : strings(db, "SELECT name FROM bench_dropped_index ORDER BY name")) {
            long start = System.nanoTime();
            execute(db, text(db, "SELECT definition FROM bench_dropped_index WHERE name = '" + name + "'"));
            execute(db, "DELETE FROM bench_dropped_index WHERE name = '" + name + "'");
            System.out.printf("index %s rebuilt in %.0f s%n", name, (System.nanoTime() - start) / 1e9);
        }
    }

    private static void copyIn(Connection db, String table, String rows) throws SQLException {
        try {
            db.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN", new StringReader(rows));
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
    }

    private static boolean exists(Connection db, String table) throws SQLException {
        return count(db, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name = '" + table + "'") > 0;
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        return Long.parseLong(text(db, sql));
    }

    private static String text(Connection db, String sql) throws SQLException {
        return strings(db, sql).get(0);
    }

    private static List<Long> longs(Connection db, String sql) throws SQLException {
        return strings(db, sql).stream().map(Long::valueOf).toList();
    }

    private static List<String> strings(Connection db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
