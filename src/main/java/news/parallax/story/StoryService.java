package news.parallax.story;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import news.parallax.api.model.ArticleRef;
import news.parallax.api.model.EventRef;
import news.parallax.api.model.OutletRef;
import news.parallax.api.model.Story;
import news.parallax.api.model.StoryMention;
import news.parallax.api.model.StoryOutlet;
import news.parallax.api.model.StorySort;
import news.parallax.api.model.StorySummary;
import news.parallax.outlet.OutletMapper;
import news.parallax.paging.Cursor;
import news.parallax.paging.Page;
import news.parallax.paging.SqlQuery;
import news.parallax.problem.ApiProblem;

/** Reads stories: the list with its filters and sorts (one indexed statement), one story with what its articles say. */
@ApplicationScoped
public class StoryService {

    /** Articles shown in one story; the count says how many there are in all. */
    static final int MAX_ARTICLES = 1000;
    /** People, places, dates and figures shown, the most mentioned first. */
    static final int MAX_MENTIONS = 20;
    /** Events shown per story (the contract's maxItems). */
    static final int MAX_EVENTS = 20;
    /** Outlets named per story in the list (the contract's maxItems); {@code outletCount} has them all. */
    static final int MAX_COVERED_BY = 10;

    private static final String SUMMARY_COLUMNS = """
            s.id, s.title, s.title_ar, s.title_en, s.article_count, s.outlet_count, array_to_string(s.languages, ','),
            s.first_published, s.last_published""";

    /** The list's filters; null fields do not filter. */
    public record Filter(OffsetDateTime from, OffsetDateTime to, int minOutlets, String language, Long outlet, StorySort sort) {
    }

    @Inject
    EntityManager entityManager;

    @Transactional
    public Page<StorySummary> list(Filter filter, String token, int limit) {
        StorySort sort = filter.sort() == null ? StorySort.RECENCY : filter.sort();
        String column = switch (sort) {
            case RECENCY -> "s.last_published";
            case SIZE -> "s.article_count";
            case OUTLETS -> "s.outlet_count";
        };
        Cursor cursor = Cursor.decode(token);
        Object key = cursor == null ? null : cursorKey(cursor, sort);
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            return new Page<>(List.of(), null); // no article is published in an empty window (and it makes no range)
        }
        if (filter.outlet() != null || filter.language() != null) {
            SqlQuery.planForTheirValues(entityManager); // an outlet or a language of few stories is read from its own index
        }
        SqlQuery query;
        if (sort == StorySort.RECENCY && filter.to() != null) {
            // by recency the stories that straddle the window's end come first, and story_recency has no bound for them
            // (a story's start is not its key): they are read through story_span, the others between the window's bounds
            SqlQuery straddling = matching(filter, column, cursor, key, "s.id IN (SELECT id FROM straddling)")
                    .and("s.first_published < :to AND s.last_published >= :to");
            SqlQuery within = matching(filter, column, cursor, key, "s.merged_into IS NULL")
                    .where("s.last_published >= :from", "from", filter.from()).and("s.last_published < :to");
            query = new SqlQuery("""
                    WITH straddling AS MATERIALIZED (SELECT id FROM story WHERE merged_into IS NULL
                                                     AND tstzrange(first_published, last_published, '[]') @> CAST(:to AS timestamptz))
                    SELECT * FROM (""" + straddling.sql() + " UNION ALL (" + within.sql() + " ORDER BY " + column + " DESC, s.id DESC LIMIT "
                    + (limit + 1) + ")) s").bindAll(straddling).bindAll(within).bind("to", filter.to());
        } else {
            query = matching(filter, column, cursor, key, "s.merged_into IS NULL");
            if (filter.from() != null && filter.to() != null) { // the same as the two conditions below, and story_span finds it
                query.and("tstzrange(s.first_published, s.last_published, '[]') && tstzrange(CAST(:from AS timestamptz), CAST(:to AS timestamptz), '[)')")
                        .bind("from", filter.from()).bind("to", filter.to());
            } else {
                query.where("s.last_published >= :from", "from", filter.from()).where("s.first_published < :to", "to", filter.to());
            }
        }
        query.append("ORDER BY " + column + " DESC, s.id DESC LIMIT " + (limit + 1));
        List<StorySummary> rows = query.rows(entityManager).stream().map(StoryService::summary).toList();
        Page<StorySummary> page = Page.of(rows, limit, s -> new Cursor(sort + "|" + switch (sort) {
            case RECENCY -> s.getLastPublishedAt().toString();
            case SIZE -> s.getArticleCount().toString();
            case OUTLETS -> s.getOutletCount().toString();
        }, s.getId()));
        List<Long> ids = page.items().stream().map(StorySummary::getId).toList();
        Map<Long, List<EventRef>> events = events(ids);
        Map<Long, List<OutletRef>> coveredBy = coveredBy(ids);
        page.items().forEach(s -> s.events(events.getOrDefault(s.getId(), List.of())).coveredBy(coveredBy.getOrDefault(s.getId(), List.of())));
        return page;
    }

    /** The stories that {@code selection} selects and the filters other than the window keep, after the cursor's key. */
    private static SqlQuery matching(Filter filter, String column, Cursor cursor, Object key, String selection) {
        SqlQuery query = new SqlQuery("SELECT " + SUMMARY_COLUMNS + " FROM story s WHERE " + selection)
                .where("s.outlet_count >= :minOutlets", "minOutlets", filter.minOutlets())
                .where("EXISTS (SELECT 1 FROM story_language sl WHERE sl.story_id = s.id AND sl.language = :language)", "language",
                        filter.language())
                .where("EXISTS (SELECT 1 FROM story_outlet so WHERE so.story_id = s.id AND so.outlet_id = :outlet)", "outlet",
                        filter.outlet());
        if (cursor != null) {
            query.and("(" + column + ", s.id) < (:key, :id)").bind("key", key).bind("id", cursor.id());
        }
        return query;
    }

    /** The key of a cursor issued for this sort; a cursor of another sort of the same list is refused like any other. */
    private static Object cursorKey(Cursor cursor, StorySort sort) {
        String prefix = sort + "|";
        if (!cursor.key().startsWith(prefix)) {
            throw ApiProblem.badRequest("cursor", "was issued for another sort of this list; follow the 'next' link of a page with sort="
                    + sort + ", or leave cursor out to start again");
        }
        String key = cursor.key().substring(prefix.length());
        try {
            return sort == StorySort.RECENCY ? OffsetDateTime.parse(key) : Integer.valueOf(key);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw ApiProblem.badRequest("cursor", "is not a cursor this list issued; leave it out to start again");
        }
    }

    /** A story; a merged one answers as the story it joined. */
    @Transactional
    public Story get(long requested) {
        long id = resolve(requested);
        Object[] row = rows("SELECT " + SUMMARY_COLUMNS + " FROM story s WHERE s.id = ?1", id).get(0);
        StorySummary summary = summary(row);
        Story story = new Story().id(summary.getId()).title(summary.getTitle()).titleAr(summary.getTitleAr()).titleEn(summary.getTitleEn())
                .articleCount(summary.getArticleCount()).outletCount(summary.getOutletCount()).languages(summary.getLanguages())
                .firstPublishedAt(summary.getFirstPublishedAt()).lastPublishedAt(summary.getLastPublishedAt())
                .events(events(List.of(id)).getOrDefault(id, List.of()));
        Map<Long, StoryOutlet> outlets = new LinkedHashMap<>();
        OffsetDateTime firstDay = summary.getFirstPublishedAt().withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
        for (Object[] article : rows("""
                SELECT a.id, a.url, a.title, a.language, a.published_at, o.id, o.name, o.kind
                FROM story_article sa JOIN article a ON a.id = sa.article_id JOIN outlet o ON o.id = a.outlet_id
                WHERE sa.story_id = ?1 ORDER BY a.published_at NULLS LAST, a.id LIMIT\s""" + MAX_ARTICLES, id)) {
            OutletRef outlet = OutletMapper.fromRow(article, 5);
            ArticleRef ref = new ArticleRef().id(number(article[0])).url(URI.create((String) article[1])).title((String) article[2])
                    .language((String) article[3]).publishedAt(SqlQuery.time(article[4])).outlet(outlet);
            if (story.getFirstReported() == null) {
                story.setFirstReported(ref);
            }
            outlets.computeIfAbsent(outlet.getId(), o -> new StoryOutlet().outlet(outlet).articles(new ArrayList<>())).getArticles().add(ref);
        }
        story.setOutlets(new ArrayList<>(outlets.values()));
        story.setNotYetCovering(rows("""
                SELECT o.id, o.name, o.kind FROM outlet o
                WHERE EXISTS (SELECT 1 FROM article a WHERE a.outlet_id = o.id
                                AND a.published_at >= ?2 AND a.published_at < ?3)
                  AND NOT EXISTS (SELECT 1 FROM story_outlet so WHERE so.story_id = ?1 AND so.outlet_id = o.id)
                ORDER BY o.name, o.id LIMIT 1000""", id, firstDay, firstDay.plusDays(1)).stream()
                .map(o -> OutletMapper.fromRow(o, 0)).toList());
        Map<String, List<StoryMention>> mentions = mentions(id);
        story.setPeople(mentions.getOrDefault("participant", List.of()));
        story.setPlaces(mentions.getOrDefault("place", List.of()));
        story.setDates(mentions.getOrDefault("date", List.of()));
        story.setFigures(mentions.getOrDefault("number", List.of()));
        return story;
    }

    /** The ids of a story's articles (for an event made from it); an unknown story is a 400 on {@code field}. */
    @Transactional
    public List<Long> articleIds(long requested, String field) {
        long id = resolve(requested, field);
        return rows("SELECT article_id, 0 FROM story_article WHERE story_id = ?1 ORDER BY article_id", id).stream()
                .map(r -> number(r[0])).toList();
    }

    /** The story a requested id (given in the parameter {@code field}) is now; an unknown story is a 400 on that field. */
    long resolve(long requested, String field) {
        try {
            return resolve(requested);
        } catch (ApiProblem e) {
            throw ApiProblem.badRequest(field, "names no story: there is no story with id " + requested);
        }
    }

    /** The story a requested id is now: itself, or the story it was merged into; an unknown story is a 404. */
    long resolve(long requested) {
        long id = requested;
        for (int hops = 0; hops < 100; hops++) {
            List<Object[]> row = rows("SELECT id, merged_into FROM story WHERE id = ?1", id);
            if (row.isEmpty()) {
                throw ApiProblem.notFound("story", requested);
            }
            if (row.get(0)[1] == null) {
                return id;
            }
            id = number(row.get(0)[1]);
        }
        throw ApiProblem.notFound("story", requested);
    }

    /**
     * The events each story's articles are linked to, the one with most of them first (at most
     * {@link #MAX_EVENTS}): one statement for a whole page of stories (the ids as one array, so the
     * statement is the same whatever their number, and Hibernate's plan cache keeps it).
     */
    private Map<Long, List<EventRef>> events(List<Long> storyIds) {
        Map<Long, List<EventRef>> events = new HashMap<>();
        if (storyIds.isEmpty()) {
            return events;
        }
        // story by story, from the counts StoryCounters keeps (V32): a few rows a story, however many members it has
        for (Object[] row : rows("""
                SELECT story.id, e.id, e.title, e.start_date FROM unnest(CAST(?1 AS bigint[])) AS story (id)
                CROSS JOIN LATERAL (SELECT se.event_id, se.articles FROM story_event se WHERE se.story_id = story.id
                                    ORDER BY se.articles DESC, se.event_id LIMIT\s"""
                + MAX_EVENTS + """
                ) top JOIN event e ON e.id = top.event_id ORDER BY story.id, top.articles DESC, e.id""",
                (Object) storyIds.toArray(Long[]::new))) {
            events.computeIfAbsent(number(row[0]), k -> new ArrayList<>())
                    .add(new EventRef().id(number(row[1])).title((String) row[2]).startDate(SqlQuery.day(row[3])));
        }
        return events;
    }

    /** The outlets that covered each story, most articles first (at most {@link #MAX_COVERED_BY}): one statement for a page. */
    private Map<Long, List<OutletRef>> coveredBy(List<Long> storyIds) {
        Map<Long, List<OutletRef>> outlets = new HashMap<>();
        if (storyIds.isEmpty()) {
            return outlets;
        }
        // the first ten of each story only: a page of stories covered by 40 outlets each would read 800 rows
        for (Object[] row : rows("""
                SELECT story.id, top.id, top.name, top.kind FROM unnest(CAST(?1 AS bigint[])) AS story (id)
                CROSS JOIN LATERAL (SELECT o.id, o.name, o.kind, so.articles FROM story_outlet so JOIN outlet o ON o.id = so.outlet_id
                                    WHERE so.story_id = story.id AND so.articles > 0
                                    ORDER BY so.articles DESC, o.name, o.id LIMIT\s""" + MAX_COVERED_BY + """
                ) top ORDER BY story.id, top.articles DESC, top.name, top.id""", (Object) storyIds.toArray(Long[]::new))) {
            outlets.computeIfAbsent(number(row[0]), k -> new ArrayList<>()).add(OutletMapper.fromRow(row, 1));
        }
        return outlets;
    }

    /**
     * The people, places, dates and figures the story's articles mention in their own texts (not in a closing trailer of
     * other articles' leads), by type, the most mentioned first (at most
     * {@link #MAX_MENTIONS} of each): one reading of the members' facets (a statement per type read them four times, 37 ms
     * each for the largest story of the million-article corpus).
     */
    private Map<String, List<StoryMention>> mentions(long id) {
        Map<String, List<StoryMention>> mentions = new HashMap<>();
        for (Object[] r : rows("""
                SELECT type, value, key, unit, articles FROM (
                    SELECT f.type, f.value, f.key, f.unit, count(DISTINCT f.article_id) AS articles,
                           row_number() OVER (PARTITION BY f.type ORDER BY count(DISTINCT f.article_id) DESC, f.value, f.key) AS rank
                    FROM facet f JOIN story_article sa ON sa.article_id = f.article_id JOIN article a ON a.id = f.article_id
                    WHERE sa.story_id = ?1 AND f.type IN ('participant', 'place', 'date', 'number')
                      AND (a.own_text_end IS NULL OR f.span_start < a.own_text_end)
                    GROUP BY f.type, f.value, f.key, f.unit) ranked
                WHERE rank <=\s""" + MAX_MENTIONS + " ORDER BY type, rank", id)) {
            String type = (String) r[0];
            mentions.computeIfAbsent(type, t -> new ArrayList<>()).add(new StoryMention().value((String) r[1])
                    .key("number".equals(type) ? (String) r[2] : null).unit((String) r[3]).articles(((Number) r[4]).intValue()));
        }
        return mentions;
    }

    private static StorySummary summary(Object[] row) {
        String languages = (String) row[6];
        return new StorySummary().id(number(row[0])).title((String) row[1]).titleAr((String) row[2]).titleEn((String) row[3])
                .articleCount(((Number) row[4]).intValue()).outletCount(((Number) row[5]).intValue())
                .languages(languages.isEmpty() ? List.of() : Arrays.asList(languages.split(",")))
                .firstPublishedAt(SqlQuery.time(row[7])).lastPublishedAt(SqlQuery.time(row[8]));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        return query(entityManager, sql, parameters).getResultList();
    }

    /** A native statement with its positional parameters ?1, ?2... bound. */
    static Query query(EntityManager entityManager, String sql, Object... parameters) {
        Query query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    /** The numbers a native statement answers (ids, counts), as longs. */
    @SuppressWarnings("unchecked")
    static List<Long> longs(EntityManager entityManager, String sql, Object... parameters) {
        return ((List<Number>) query(entityManager, sql, parameters).getResultList()).stream().map(Number::longValue).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

}
