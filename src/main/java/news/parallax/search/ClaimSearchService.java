package news.parallax.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import news.parallax.api.model.Claim;
import news.parallax.api.model.ClaimKind;
import news.parallax.api.model.ClaimSearchHit;
import news.parallax.api.model.ClaimSearchSort;
import news.parallax.api.model.EventRef;
import news.parallax.api.model.OutletRef;
import news.parallax.api.model.RelatedByOutlet;
import news.parallax.api.model.RelatedClaim;
import news.parallax.api.model.RelatedClaims;
import news.parallax.claim.ClaimReads;
import news.parallax.fact.FactValue;
import news.parallax.paging.Cursor;
import news.parallax.paging.Page;
import news.parallax.paging.SqlQuery;
import news.parallax.problem.ApiProblem;

/**
 * Claim search and related claims. Search is PostgreSQL full-text search (Arabic and English
 * configurations over normalised text, GIN-indexed with each claim's publication day), the newest
 * {@value #RANKED_CANDIDATES} matches ranked by {@code ts_rank_cd} then recency (or every match by recency), read from
 * a window of recent days that widens until it holds enough;
 * related claims combine trigram similarity, speakers and facets.
 */
@ApplicationScoped
public class ClaimSearchService {

    /** Filters of {@code GET /claims/search}; null fields do not filter. */
    public record Filter(Long speaker, Long outlet, Long citedOutlet, Long event, String language, OffsetDateTime publishedFrom,
            OffsetDateTime publishedTo, ClaimKind kind) {
    }

    /** How many of the newest matches a relevance-sorted search ranks; ranking every match costs O(matches). */
    static final int RANKED_CANDIDATES = 200;
    /**
     * The windows of days a search reads, widening until one holds enough (up to the newest publication), then any time:
     * the last days holding {@code parallax.search.window-claims} claims of any words (at least two days, since the newest is usually
     * partial), then twice that (at least four), then a month or more ({@link #MONTH_WINDOW_DAYS}), then every match. A
     * window of named days costs in proportion to the claims published in
     * it (claim_search reads the posting list of every day in it: 256 days cost 3.8 s for a rare pair at a million
     * articles), and every match in proportion to their number: at a million articles the first window is two days, on a
     * corpus of 19,101 real articles (a thousand claims a day) 17, where two days held too few matches of a frequent word
     * and every one of its 3,147 matches was read. Claims per day come from the stats rollups
     * ({@link #windowDays}); a wider window is read only when the matches found so far promise there at least half of what
     * is needed ({@link #nextWindow}).
     */
    @ConfigProperty(name = "parallax.search.window-claims", defaultValue = "15000")
    int windowClaims;
    /** The widest window counted in claims: where the rollups count too few claims within it, the windows are 2 and 4 days. */
    private static final int MAX_WINDOW_DAYS = 366;
    /**
     * A window of this many days or more is read through the indexes of its months of the year (V36, {@link #ofMonths}), whose
     * cost is the query's matches in those months, not the window's claims: a rare pair's last month at a million articles,
     * 2.5 ms against 23 ms for every match (pgbench). Shorter windows name their days in claim_search, cheaper for a frequent
     * word (its matches in a month are thousands). The third window is a month at least, twice the second if that is more.
     */
    static final int MONTH_WINDOW_DAYS = 31;
    /**
     * The rank of claim {@code c} for the query {@code query.q}, computed only for the few rows kept (the newest candidates, a
     * page): ranking every match cost more than finding them (45 of 70 ms for 4,224).
     */
    private static final String RANK = "round(ts_rank_cd(c.search_vector, query.q)::numeric, 6)";
    /** The tsquery of the search text {@code :q}, once, as {@code query.q}: its Arabic and its English words (V35). */
    private static final String JOIN_QUERY = ", (SELECT search_tsquery(:q) AS q) query";
    /** The recency of a claim whose article has no publication time: after every dated one. */
    private static final double UNDATED = -1e12;
    private static final String RECENCY = "coalesce(extract(epoch FROM a.published_at), " + UNDATED + ")";
    /** Recency by the claim's publication day (its start, in epoch seconds), for ranking without reading articles. */
    private static final String DAY_RECENCY = "coalesce(extract(epoch FROM c.published_on), " + UNDATED + ")";
    private static final double SIMILAR = 0.25;
    /**
     * At most this many claims sharing rare words with a claim are compared with it by trigrams ({@link Trigrams}, in the
     * service), in the order they are stored. Not the newest: ordering them would read every match, and a claim made only of
     * common words (a title and a name, say) shares two of its "rarest" words with thousands of claims at a million articles.
     */
    private static final int SIMILARITY_CANDIDATES = 100;
    /** A claim whose rarest word is in this many claims or more is compared with no candidates ({@link #compared}). */
    private static final int COMMON_WORD_CLAIMS = 50_000;

    @Inject
    EntityManager entityManager;

    @Inject
    ClaimReads reads;

    @Transactional
    public Page<ClaimSearchHit> search(String q, Filter filter, ClaimSearchSort sort, String cursor, int limit) {
        String query = SearchQuery.normalize(q);
        boolean byRelevance = sort != ClaimSearchSort.RECENCY;
        String[] after = afterKey(Cursor.decode(cursor), byRelevance);
        SqlQuery.planForTheirValues(entityManager); // each search for its own words
        // the matches of the last few days first (claim_search holds each claim's day beside its words), widening the
        // window until it holds enough; a relevance-sorted list keeps the window of its first page in its cursor
        List<Object[]> rows;
        int[] windows = null; // in days, the last one 0 (any time); null: counted from the rollups back from the window's end
        if (after != null && byRelevance) { // every page of a relevance list ranks the candidates of its first page's window
            windows = new int[] {Integer.parseInt(after[3])};
        } else if (after != null && Double.parseDouble(after[1]) <= UNDATED) { // past the dated matches: the undated ones
            windows = new int[] {0};
        }
        LocalDate last = windows != null && windows[0] == 0 ? null : windowEnd(filter, byRelevance, after);
        if (windows == null) {
            windows = last == null ? new int[] {0} : windowDays(last);
        }
        int window = 0;
        do {
            rows = matches(query, filter, byRelevance, after, windows[window], last, limit);
            // by relevance, how many candidates the window held; by recency, a page short of limit + 1 holds all its matches
            int found = byRelevance ? (rows.isEmpty() ? 0 : ((Number) rows.get(0)[3]).intValue()) : rows.size();
            int needed = byRelevance ? RANKED_CANDIDATES : limit + 1;
            if (byRelevance && after != null || found >= needed || windows[window] == 0) {
                break;
            }
            window = nextWindow(windows, window, found, needed);
        } while (true);
        SqlQuery.planAsUsual(entityManager);
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, String> snippets = snippets(ids, query);
        Map<Long, List<EventRef>> events = events(ids);
        Map<Long, Claim> byId = new HashMap<>();
        reads.byIds(ids).forEach(c -> byId.put(c.getId(), c));
        List<ClaimSearchHit> hits = rows.stream().map(r -> new ClaimSearchHit().claim(byId.get(((Number) r[0]).longValue()))
                .score(((Number) r[1]).floatValue()).snippet(snippets.get(((Number) r[0]).longValue()))
                .events(new ArrayList<>(events.getOrDefault(((Number) r[0]).longValue(), List.of())))).toList();
        Map<Long, Object[]> keys = new HashMap<>();
        rows.forEach(r -> keys.put(((Number) r[0]).longValue(), r));
        int days = windows[window];
        return Page.of(hits, limit, hit -> {
            Object[] row = keys.get(hit.getClaim().getId());
            return new Cursor(byRelevance ? "relevance|" + row[1] + "|" + row[2] + "|" + days : "recency|" + row[2],
                    hit.getClaim().getId());
        });
    }

    /**
     * One page of matches published within {@code days} days (0: any time) up to the newest publication, the end of the
     * requested range or the cursor's day: rows of id, rank, recency and (by relevance) how many candidates the window held.
     * By relevance, candidates are taken newest first by their claim's own publication day and id, and ties of rank go to the
     * newer day: no article is read for them (joining every match to its article cost more than ranking them, and invited
     * plans that hash the whole article table). By recency, only the matches of the newest days that can hold the page are
     * joined to their articles for their time (joining the 4,224 matches of a rare pair took 40 of 72 ms at a million).
     */
    private List<Object[]> matches(String query, Filter filter, boolean byRelevance, String[] after, int days, LocalDate last,
            int limit) {
        SqlQuery sql;
        if (byRelevance) {
            // the newest are taken without their vectors (sorting 4,177 matches with them cost a third of a rare pair's
            // statement at a million articles) and read again by id to rank them
            SqlQuery matches = matching("c.id, " + DAY_RECENCY + " AS recency", query, filter, days, last)
                    .append("ORDER BY c.published_on DESC NULLS LAST, c.id DESC LIMIT " + RANKED_CANDIDATES);
            sql = new SqlQuery("SELECT id, rank, recency, found FROM (SELECT newest.id, " + RANK + " AS rank, newest.recency,"
                    + " count(*) OVER () AS found FROM (" + matches.sql() + ") newest JOIN claim c ON c.id = newest.id"
                    + JOIN_QUERY + ") candidates").bindAll(matches);
            if (after != null) {
                sql.and("(rank, recency, id) < (CAST(:rank AS numeric), CAST(:recency AS float8), :afterId)")
                        .bind("rank", after[1]).bind("recency", after[2]);
            }
            sql.append("ORDER BY rank DESC, recency DESC, id DESC LIMIT " + (limit + 1));
        } else {
            // the matches keep no vector: copying every match's vector into the materialised rows took half of a rare pair's
            // statement (4,177 matches at a million articles: 26 ms against 13 ms); the page's 21 are read again to rank them
            SqlQuery matches = matching("c.id, c.article_id, c.published_on", query, filter, days, last);
            // the day of the (limit + 1)th newest match, among those of days before the cursor's: the page lies on that day or later
            String newestDays = "SELECT published_on FROM m";
            boolean undated = after != null && Double.parseDouble(after[1]) <= UNDATED;
            if (after != null && !undated) {
                newestDays += " WHERE published_on < CAST(:afterDay AS date)";
                matches.bind("afterDay", Instant.ofEpochMilli((long) (Double.parseDouble(after[1]) * 1000)).atOffset(ZoneOffset.UTC).toLocalDate());
            }
            newestDays += " ORDER BY published_on DESC NULLS LAST LIMIT 1 OFFSET " + limit;
            List<String> conditions = new ArrayList<>();
            if (!undated) {
                conditions.add("(m.published_on >= (" + newestDays + ")) IS NOT FALSE"); // null: too few matches, or undated ones
            }
            if (after != null) {
                conditions.add("(" + RECENCY + ", m.id) < (CAST(:recency AS float8), :afterId)");
                matches.bind("recency", after[1]);
            }
            sql = new SqlQuery("WITH m AS MATERIALIZED (" + matches.sql() + ")"
                    + " SELECT newest.id, " + RANK + " AS rank, newest.recency FROM (SELECT m.id, " + RECENCY + " AS recency"
                    + " FROM m JOIN article a ON a.id = m.article_id" + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                    + " ORDER BY a.published_at DESC NULLS LAST, m.id DESC LIMIT " + (limit + 1) + ") newest JOIN claim c ON c.id = newest.id"
                    + JOIN_QUERY + " ORDER BY newest.recency DESC, newest.id DESC")
                    .bindAll(matches);
        }
        if (after != null) {
            sql.bind("afterId", Long.parseLong(after[after.length - 1]));
        }
        return sql.rows(entityManager);
    }

    /** {@code SELECT select} of the claims matching the query and the filters, published within the window's days. */
    private static SqlQuery matching(String select, String query, Filter filter, int days, LocalDate last) {
        SqlQuery matches = new SqlQuery("SELECT " + select + " FROM claim c"
                + JOIN_QUERY
                + " WHERE c.search_vector @@ query.q")
                .bind("q", query)
                .where("c.speaker_id = :speaker", "speaker", filter.speaker())
                .where(ofArticle("outlet_id = :outlet"), "outlet", filter.outlet())
                .where("c.cited_outlet_id = :citedOutlet", "citedOutlet", filter.citedOutlet())
                .where("EXISTS (SELECT 1 FROM claim_event ce WHERE ce.claim_id = c.id AND ce.event_id = :event AND ce.linked)",
                        "event", filter.event())
                .where("c.language = :language", "language", filter.language())
                .where(ofArticle("published_at >= :from"), "from", filter.publishedFrom())
                .where(ofArticle("published_at < :to"), "to", filter.publishedTo())
                .where("c.kind = :kind", "kind", filter.kind() == null ? null : filter.kind().toString());
        if (days >= MONTH_WINDOW_DAYS && last != null) {
            matches.and(ofMonths(last.minusDays(days - 1), last));
        } else if (days > 0 && last != null) {
            // days the planner can see (not a subquery): it then knows the window holds few claims and reads claim_search.
            // Each day by itself, not a range: claim_search then skips through each day's claims to the query's matches,
            // where a range first gathered every claim of every day (a rare pair's two days: 7.6 against 4.5 ms at a million)
            matches.and("c.published_on = ANY(CAST(:days AS date[]))").bind("days", last.minusDays(days - 1)
                    .datesUntil(last.plusDays(1)).map(LocalDate::toString).collect(Collectors.joining(",", "{", "}")));
        }
        return matches;
    }

    /**
     * Published from {@code first} to {@code last}, one arm per calendar month, each naming its month of the year as the
     * partial index of that month does (V36), so that the planner reads each month's index for the words and no other claims.
     * Literals, not parameters: the planner must see them to choose the month's index (they are days, never user text).
     */
    static String ofMonths(LocalDate first, LocalDate last) {
        List<String> arms = new ArrayList<>();
        for (LocalDate from = first; !from.isAfter(last); from = from.withDayOfMonth(1).plusMonths(1)) {
            LocalDate to = from.withDayOfMonth(from.lengthOfMonth());
            to = to.isAfter(last) ? last : to;
            arms.add("(extract(month FROM c.published_on) = " + from.getMonthValue() + " AND c.published_on BETWEEN DATE '" + from
                    + "' AND DATE '" + to + "')");
        }
        return "(" + String.join(" OR ", arms) + ")";
    }

    /**
     * The last day of the windows: the recency cursor's day, the end of the requested range, or the newest publication's
     * day (null in an empty corpus).
     */
    private LocalDate windowEnd(Filter filter, boolean byRelevance, String[] after) {
        OffsetDateTime end = !byRelevance && after != null ? Instant.ofEpochMilli((long) (Double.parseDouble(after[1]) * 1000))
                .atOffset(ZoneOffset.UTC) : filter.publishedTo();
        return end != null ? end.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()
                : SqlQuery.day(entityManager.createNativeQuery("SELECT (max(published_at) AT TIME ZONE 'UTC')::date FROM article")
                        .getSingleResult());
    }

    /** A condition on the claim's article, without joining it to every match. */
    private static String ofArticle(String condition) {
        return "EXISTS (SELECT 1 FROM article a WHERE a.id = c.article_id AND a." + condition + ")";
    }

    /**
     * The windows ending on {@code last}, in days, then 0 (any time): the last days holding {@link #windowClaims} claims, at
     * least two, then twice as many claims, at least four (where the rollups do not count that many within
     * {@value #MAX_WINDOW_DAYS} days, two and four days), then a month or twice the second, whichever is more, read through
     * the month indexes. One index look-up per day walked back.
     */
    int[] windowDays(LocalDate last) {
        Object[] days = (Object[]) entityManager.createNativeQuery("""
                WITH RECURSIVE walk(days, claims) AS (
                    SELECT 0, CAST(0 AS bigint)
                    UNION ALL
                    SELECT walk.days + 1, walk.claims + (SELECT coalesce(sum(s.claims), 0) FROM stats_coverage s
                                                         WHERE s.span = 'day' AND s.day = CAST(?1 AS date) - walk.days)
                    FROM walk WHERE walk.claims < ?2 AND walk.days < ?3)
                SELECT coalesce(min(days) FILTER (WHERE claims >= ?2 / 2), 0), coalesce(min(days) FILTER (WHERE claims >= ?2), 0)
                FROM walk""")
                .setParameter(1, last).setParameter(2, 2L * windowClaims).setParameter(3, MAX_WINDOW_DAYS).getSingleResult();
        int first = Math.max(2, ((Number) days[0]).intValue());
        int second = Math.max(Math.max(4, 2 * first), ((Number) days[1]).intValue());
        int third = Math.min(MAX_WINDOW_DAYS, Math.max(MONTH_WINDOW_DAYS, 2 * second));
        return third > second ? new int[] {first, second, third, 0} : new int[] {first, second, 0};
    }

    /**
     * The window to read after {@code window}, whose matches were too few: the next wider one in which they promise, at the
     * density they were found at, at least half of what is needed; else any time. A rare pair has a handful of matches a
     * day: reading four days for it cost 7 to 42 ms at a million articles before every match was read anyway.
     */
    private static int nextWindow(int[] windows, int window, int found, int needed) {
        int next = window + 1;
        while (windows[next] != 0 && 2L * found * windows[next] < (long) needed * windows[window]) {
            next++;
        }
        return next;
    }

    /** The key of the cursor's row, with the id last; a cursor of the other sort order is refused. */
    private static String[] afterKey(Cursor cursor, boolean byRelevance) {
        if (cursor == null) {
            return null;
        }
        String[] key = (cursor.key() + "|" + cursor.id()).split("\\|");
        if (!key[0].equals(byRelevance ? "relevance" : "recency")) {
            throw ApiProblem.badRequest("cursor", "continues the list sorted by " + key[0] + "; send sort=" + key[0]
                    + " with it, or leave cursor out to start the list sorted by " + (byRelevance ? "relevance" : "recency"));
        }
        return key;
    }

    /**
     * The same or related claims in other articles, grouped by the outlet that published them. Read in autocommit (no
     * transaction): nothing is written, and the flush before a COMMIT checked every one of the up to 60 claims loaded.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public RelatedClaims related(long id, int limit) {
        Compared claim = compared(id);
        // a trigram index scan reads the posting lists of every trigram of the text, millions of rows for common Arabic
        // trigrams: the candidates are instead the claims sharing the text's three rarest words, then those sharing the
        // rarest and one other (read only when the first are too few), compared by trigrams
        List<String> rare = claim.rareWords();
        List<Object[]> candidates = rare.isEmpty() ? List.of() : entityManager.createNativeQuery("""
                SELECT id, text_normalized FROM (
                    (SELECT c2.id, c2.text_normalized FROM claim c2
                     WHERE c2.search_vector @@ CAST(?1 AS tsquery) AND c2.article_id <> ?2 LIMIT ?4)
                    UNION ALL
                    (SELECT c2.id, c2.text_normalized FROM claim c2
                     WHERE c2.search_vector @@ CAST(?3 AS tsquery) AND NOT c2.search_vector @@ CAST(?1 AS tsquery)
                       AND c2.article_id <> ?2 LIMIT ?4)
                    LIMIT ?4) candidates""")
                .setParameter(1, String.join(" & ", rare)).setParameter(2, claim.articleId()).setParameter(3, rarestAndAnother(rare))
                .setParameter(4, SIMILARITY_CANDIDATES)
                .getResultList();
        Trigrams trigrams = Trigrams.of(claim.textNormalized());
        Map<Long, Double> similarity = new HashMap<>();
        candidates.stream().map(r -> Map.entry(((Number) r[0]).longValue(), trigrams.similarity(Trigrams.of((String) r[1]))))
                .filter(c -> c.getValue() >= SIMILAR)
                .sorted(Map.Entry.<Long, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).forEach(c -> similarity.put(c.getKey(), c.getValue().doubleValue()));
        // claims stating the same fact, or the same kind of fact with another value about a shared event
        // two bounded look-ups rather than one join on the key alone, which meets millions of facets at scale: the same
        // value anywhere (index on key and value, newest claims), another value only in the articles of a shared event
        List<Object[]> facts = entityManager.createNativeQuery("""
                SELECT * FROM (
                    (SELECT f2.claim_id, f.key, f.value, f.value AS other, f.type FROM facet f
                     CROSS JOIN LATERAL (SELECT same.claim_id FROM facet same
                                         WHERE same.key = f.key AND same.value = f.value AND same.claim_id IS NOT NULL
                                           AND same.article_id <> ?2
                                         ORDER BY same.claim_id DESC LIMIT ?3) f2
                     WHERE f.claim_id = ?1 AND f.type IN ('date', 'number')
                     ORDER BY f2.claim_id DESC LIMIT ?3)
                    UNION ALL
                    (SELECT f2.claim_id, f.key, f.value, f2.value, f.type FROM facet f
                     JOIN article_event x ON x.article_id = ?2 AND x.linked
                     JOIN article_event y ON y.event_id = x.event_id AND y.linked AND y.article_id <> ?2
                     JOIN facet f2 ON f2.article_id = y.article_id AND f2.key = f.key AND f2.value <> f.value AND f2.claim_id IS NOT NULL
                     WHERE f.claim_id = ?1 AND f.type IN ('date', 'number') AND f.key <> 'date'
                     ORDER BY f2.claim_id DESC LIMIT ?3)) found
                ORDER BY claim_id LIMIT ?3""")
                .setParameter(1, id).setParameter(2, claim.articleId()).setParameter(3, limit).getResultList();
        Map<Long, String[]> factOf = new LinkedHashMap<>();
        for (Object[] r : facts) {
            String[] fact = {(String) r[1], (String) r[2], (String) r[3], (String) r[4]};
            String[] known = factOf.get(((Number) r[0]).longValue());
            if (known == null || !conflicts(known) && conflicts(fact)) {
                factOf.put(((Number) r[0]).longValue(), fact); // a differing figure says more than a shared date
            }
        }

        List<Long> ids = new ArrayList<>(List.of(id)); // the claim itself first, read with the others for the answer
        ids.addAll(similarity.keySet());
        factOf.keySet().stream().filter(k -> !similarity.containsKey(k)).forEach(ids::add);
        Map<Long, RelatedByOutlet> byOutlet = new LinkedHashMap<>();
        List<Claim> read = reads.byIds(ids);
        if (read.isEmpty() || !read.get(0).getId().equals(id)) {
            throw ApiProblem.notFound("claim", id); // deleted since it was compared
        }
        Claim source = read.get(0);
        List<RelatedClaim> items = new ArrayList<>();
        for (Claim other : read.subList(1, read.size())) {
            double score = similarity.getOrDefault(other.getId(), 0.0);
            String[] fact = factOf.get(other.getId());
            boolean sameSpeaker = source.getSpeaker() != null && other.getSpeaker() != null
                    && source.getSpeaker().getId().equals(other.getSpeaker().getId());
            RelatedClaim.RelationEnum relation;
            if (sameSpeaker && score >= 0.6 && source.getKind() == ClaimKind.DIRECT_QUOTE && other.getKind() == ClaimKind.DIRECT_QUOTE) {
                relation = RelatedClaim.RelationEnum.SAME_QUOTE;
            } else if (sameSpeaker && score >= SIMILAR) {
                relation = RelatedClaim.RelationEnum.SAME_SPEAKER_PARAPHRASE;
            } else if (fact != null && conflicts(fact)) {
                relation = RelatedClaim.RelationEnum.CONFLICTING;
            } else if (fact != null) {
                relation = RelatedClaim.RelationEnum.SAME_FACTS;
            } else {
                relation = RelatedClaim.RelationEnum.SIMILAR;
            }
            items.add(new RelatedClaim().claim(other).relation(relation)
                    .score((float) Math.max(score, fact == null ? 0 : 0.5))
                    .facet(fact == null ? null : fact[0] + ": " + fact[2]));
        }
        items.sort(Comparator.comparing(RelatedClaim::getScore).reversed());
        for (RelatedClaim item : items) {
            OutletRef outlet = item.getClaim().getArticle().getOutlet();
            long key = outlet == null ? 0 : outlet.getId();
            byOutlet.computeIfAbsent(key, k -> new RelatedByOutlet().outlet(outlet).claims(new ArrayList<>())).getClaims().add(item);
        }
        return new RelatedClaims().claim(source).outlets(new ArrayList<>(byOutlet.values()));
    }

    /** What related claims are looked for with: the claim's article, its normalised text and its three rarest words. */
    private record Compared(long articleId, String textNormalized, List<String> rareWords) {
    }

    /**
     * The claim's article, normalised text and three rarest words (lexemes, quoted for a tsquery), in one statement; 404 when
     * there is no such claim. Rarity is the number of claims that hold the word ({@link WordCounts}); a word not counted yet
     * (new within the last second) is taken as rare, and one that a single claim holds is passed over (it is the claim's
     * own, so no other claim can share it); longer words first where the counts do not tell. No words for a claim without
     * words, and for one whose rarest word is in {@value #COMMON_WORD_CLAIMS} claims or more (2 % of claims at a million
     * articles, short ones made of common words only): reading those words' claims is the slowest part of the slowest
     * requests, and such a claim is then compared with none (its copies elsewhere are not found). The commoner words stay
     * in the query beside a rarer one: they pick the claims most alike among the rare word's (without them, 13 of 300 claims
     * lost most of their related claims, exact copies among them). On 400 claims sampled at a million articles, counted
     * words against the planner's statistics (which list only words in 41,000 claims or more, so that every other word
     * looked equally rare): 391 claims compared instead of 389, as many alike found among their candidates, in about a
     * third less time (docs/search.md).
     */
    private Compared compared(long claimId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT c.article_id, c.text_normalized, rare.lexemes, rare.rarest FROM claim c
                LEFT JOIN LATERAL (
                    SELECT array_agg(word.lexeme ORDER BY word.position) AS lexemes, min(word.claims) AS rarest FROM (
                        SELECT lexeme, coalesce(counted.claims, 0) AS claims,
                               row_number() OVER (ORDER BY coalesce(counted.claims, 0), length(lexeme) DESC, lexeme) AS position
                        FROM unnest(tsvector_to_array(c.search_vector)) AS lexeme
                        LEFT JOIN search_word counted USING (lexeme)
                        WHERE counted.claims IS DISTINCT FROM 1
                        ORDER BY position LIMIT 3) word) rare ON true
                WHERE c.id = ?1""").setParameter(1, claimId).getResultList();
        if (rows.isEmpty()) {
            throw ApiProblem.notFound("claim", claimId);
        }
        Object[] row = rows.get(0);
        String[] lexemes = (String[]) row[2];
        boolean rare = lexemes != null && ((Number) row[3]).doubleValue() < COMMON_WORD_CLAIMS;
        return new Compared(((Number) row[0]).longValue(), (String) row[1], !rare ? List.of()
                : Arrays.stream(lexemes).map(word -> "'" + word.replace("\\", "\\\\").replace("'", "''") + "'").toList());
    }

    /**
     * A tsquery matching texts with the rarest of three words and one of the other two (with fewer words, all of them).
     * Not any two: the two commoner words together can match tens of thousands of claims (38,076 for one claim at a million
     * articles, 20-30 ms to read), while every match here holds the rarest word.
     */
    private static String rarestAndAnother(List<String> words) {
        if (words.size() < 3) {
            return String.join(" & ", words);
        }
        return words.get(0) + " & (" + words.get(1) + " | " + words.get(2) + ")";
    }

    /** Two values of one facet conflict when they cannot both be true: "2018-12" and "2018-12-10" do not, 7 and 9 killed do. */
    private static boolean conflicts(String[] fact) {
        return !FactValue.compatible(fact[3], fact[1], fact[2]);
    }

    @SuppressWarnings("unchecked")
    private Map<Long, String> snippets(List<Long> ids, String query) {
        Map<Long, String> snippets = new HashMap<>();
        if (ids.isEmpty()) {
            return snippets;
        }
        Query sql = entityManager.createNativeQuery("""
                SELECT c.id, ts_headline('arabic', c.text, search_tsquery(?2),
                                         'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12, MaxFragments=2')
                FROM claim c WHERE c.id = ANY (CAST(?1 AS bigint[]))""").setParameter(1, ids.toArray(Long[]::new)).setParameter(2, query);
        ((List<Object[]>) sql.getResultList()).forEach(r -> snippets.put(((Number) r[0]).longValue(), (String) r[1]));
        return snippets;
    }

    @SuppressWarnings("unchecked")
    private Map<Long, List<EventRef>> events(List<Long> ids) {
        Map<Long, List<EventRef>> events = new HashMap<>();
        if (ids.isEmpty()) {
            return events;
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT ce.claim_id, e.id, e.title, e.start_date FROM claim_event ce JOIN event e ON e.id = ce.event_id
                WHERE ce.claim_id = ANY (CAST(?1 AS bigint[])) AND ce.linked ORDER BY e.start_date""")
                .setParameter(1, ids.toArray(Long[]::new)).getResultList();
        for (Object[] row : rows) {
            events.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(new EventRef()
                    .id(((Number) row[1]).longValue()).title((String) row[2]).startDate(SqlQuery.day(row[3])));
        }
        return events;
    }
}
