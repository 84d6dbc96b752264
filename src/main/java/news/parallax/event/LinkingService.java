package news.parallax.event;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.parallax.event.EventLinker.EventFacts;
import news.parallax.event.EventLinker.Score;
import news.parallax.event.EventLinker.TextFacts;
import news.parallax.extraction.Places;
import news.parallax.text.NameNormalizer;
import news.parallax.text.Stems;

/**
 * Automatic linking of articles and claims to events: at ingest (one article, from what
 * extraction found in memory, against the events near its dates) and as a backfill when an event
 * is created or changed ({@link EventLinkingJobs}: the event against the articles near its dates,
 * in batches). Both use one candidate rule, so the result does not depend on which came first.
 * Only automatic links are written or removed: a manual link or unlink stays.
 */
@ApplicationScoped
public class LinkingService {

    /**
     * An article is a candidate for an event published this many days around it, or naming one of
     * its dates: wider than any temporal evidence {@link EventLinker} accepts.
     */
    static final int CANDIDATE_DAYS = 7;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    EventProfiles profiles;

    /** An article as linking reads it: the UTC day it was published (or null), title and clean text, the dates it names, its claims. */
    public record LinkableArticle(long id, LocalDate publishedDay, String text, List<String> dates, List<LinkableClaim> claims) {
    }

    /** A claim as linking reads it: its text, the dates it states, its speaker (or null). */
    public record LinkableClaim(long id, String text, List<String> dates, Long speakerId) {
    }

    /** An article's facts, and those of each of its claims, computed once for every event it is scored against. */
    private record ArticleFacts(long id, TextFacts text, Map<Long, TextFacts> claims) {
    }

    /**
     * Links an article, just extracted, to the events it is about. {@code fresh}: it has no links
     * yet (a new article), so there is nothing to clear and no manual decision to respect. The
     * events' profiles are in memory ({@link EventProfiles}): no other article is read.
     */
    @Transactional
    public void linkArticle(LinkableArticle article, boolean fresh) {
        List<EventEntity> events = candidateEvents(article.publishedDay(), article.dates());
        Map<Long, Boolean> manual = Map.of();
        if (!fresh) {
            manual = manualDecisions("article_id", "event_id", article.id());
            entityManager.createNativeQuery("DELETE FROM article_event WHERE article_id = ?1 AND method = 'auto'")
                    .setParameter(1, article.id()).executeUpdate();
            entityManager.createNativeQuery("""
                    DELETE FROM claim_event WHERE method = 'auto' AND claim_id IN (SELECT id FROM claim WHERE article_id = ?1)""")
                    .setParameter(1, article.id()).executeUpdate();
        }
        if (events.isEmpty()) {
            return; // most articles: no event near their dates, and nothing to analyse
        }
        ArticleFacts facts = facts(article);
        for (EventEntity event : events) {
            link(eventFacts(event), facts, manual.get(event.id));
        }
    }

    /** The events an article may be about (see {@link #CANDIDATE_DAYS}), with aliases and participants: three statements. */
    @SuppressWarnings("unchecked")
    private List<EventEntity> candidateEvents(LocalDate published, List<String> dates) {
        List<LocalDate[]> ranges = new ArrayList<>();
        if (published != null) {
            ranges.add(new LocalDate[] {published.minusDays(CANDIDATE_DAYS), published.plusDays(CANDIDATE_DAYS)});
        }
        for (String date : dates) {
            if (date.length() >= 10 && !date.startsWith("--")) {
                LocalDate from = LocalDate.parse(date.substring(0, 10));
                ranges.add(new LocalDate[] {from, date.length() >= 21 ? LocalDate.parse(date.substring(11, 21)) : from});
            }
        }
        if (ranges.isEmpty()) {
            return List.of();
        }
        List<Long> ids = entityManager.createNativeQuery("""
                SELECT DISTINCT e.id FROM event e, unnest(CAST(?1 AS date[]), CAST(?2 AS date[])) AS r (first, last)
                WHERE e.start_date <= r.last AND coalesce(e.end_date, e.start_date) >= r.first""")
                .setParameter(1, ranges.stream().map(r -> r[0]).toArray(LocalDate[]::new))
                .setParameter(2, ranges.stream().map(r -> r[1]).toArray(LocalDate[]::new)).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<EventEntity> events = entityManager.createQuery("select distinct e from EventEntity e left join fetch e.aliases"
                + " where e.id in ?1", EventEntity.class).setParameter(1, ids).getResultList();
        entityManager.createQuery("select distinct e from EventEntity e left join fetch e.participants where e in ?1",
                EventEntity.class).setParameter(1, events).getResultList();
        return events;
    }

    /**
     * The articles that may be about an event (published near it, or naming one of its dates),
     * by id, up to {@code lastArticleId}: one statement, served by the publication-time and date-facet indexes.
     */
    @SuppressWarnings("unchecked")
    List<Long> candidateArticles(EventEntity event, long lastArticleId) {
        LocalDate end = event.endDate == null ? event.startDate : event.endDate;
        return entityManager.createNativeQuery("""
                SELECT id FROM article WHERE published_at >= ?1 AND published_at < ?2 AND id <= ?5
                UNION
                SELECT article_id FROM facet WHERE type = 'date' AND value >= ?3 AND value < ?4 AND article_id <= ?5
                ORDER BY 1""")
                .setParameter(1, event.startDate.minusDays(CANDIDATE_DAYS).atStartOfDay().atOffset(ZoneOffset.UTC))
                .setParameter(2, end.plusDays(CANDIDATE_DAYS + 1).atStartOfDay().atOffset(ZoneOffset.UTC))
                .setParameter(3, event.startDate.toString()).setParameter(4, end.plusDays(1).toString())
                .setParameter(5, lastArticleId).getResultList();
    }

    /**
     * Scores a batch of candidate articles against an event, replacing their automatic links to
     * it; answers how many were linked. Reads the batch in three statements.
     */
    int linkEvent(EventEntity event, List<Long> articleIds) {
        EventFacts facts = eventFacts(event);
        entityManager.createNativeQuery("DELETE FROM article_event WHERE event_id = ?1 AND method = 'auto' AND article_id = ANY (?2)")
                .setParameter(1, event.id).setParameter(2, articleIds.toArray(Long[]::new)).executeUpdate();
        entityManager.createNativeQuery("""
                DELETE FROM claim_event WHERE event_id = ?1 AND method = 'auto'
                AND claim_id IN (SELECT id FROM claim WHERE article_id = ANY (?2))""")
                .setParameter(1, event.id).setParameter(2, articleIds.toArray(Long[]::new)).executeUpdate();
        Map<Long, Boolean> manual = manualDecisions("event_id", "article_id", event.id);
        int linked = 0;
        for (LinkableArticle article : linkableArticles(articleIds)) {
            if (link(facts, facts(article), manual.get(article.id()))) {
                linked++;
            }
        }
        return linked;
    }

    /** Removes the event's automatic links to articles (up to {@code lastArticleId}) that are no longer candidates. */
    void unlinkOthers(long eventId, List<Long> candidates, long lastArticleId) {
        Long[] kept = candidates.toArray(Long[]::new);
        entityManager.createNativeQuery("""
                DELETE FROM claim_event WHERE event_id = ?1 AND method = 'auto' AND claim_id IN (
                    SELECT id FROM claim WHERE article_id <= ?3 AND NOT (article_id = ANY (?2)))""")
                .setParameter(1, eventId).setParameter(2, kept).setParameter(3, lastArticleId).executeUpdate();
        entityManager.createNativeQuery("""
                DELETE FROM article_event WHERE event_id = ?1 AND method = 'auto' AND article_id <= ?3
                AND NOT (article_id = ANY (?2))""")
                .setParameter(1, eventId).setParameter(2, kept).setParameter(3, lastArticleId).executeUpdate();
    }

    /** Stored articles as linking reads them: three statements for any number of articles. */
    @SuppressWarnings("unchecked")
    public List<LinkableArticle> linkableArticles(List<Long> articleIds) {
        Long[] ids = articleIds.toArray(Long[]::new);
        Map<Long, List<String>> articleDates = new HashMap<>();
        Map<Long, List<String>> claimDates = new HashMap<>();
        List<Object[]> facets = entityManager.createNativeQuery(
                "SELECT article_id, claim_id, value FROM facet WHERE article_id = ANY (?1) AND type = 'date'")
                .setParameter(1, ids).getResultList();
        for (Object[] facet : facets) {
            articleDates.computeIfAbsent(((Number) facet[0]).longValue(), id -> new ArrayList<>()).add((String) facet[2]);
            if (facet[1] != null) {
                claimDates.computeIfAbsent(((Number) facet[1]).longValue(), id -> new ArrayList<>()).add((String) facet[2]);
            }
        }
        Map<Long, List<LinkableClaim>> claims = new HashMap<>();
        List<Object[]> claimRows = entityManager.createNativeQuery(
                "SELECT article_id, id, text, speaker_id FROM claim WHERE article_id = ANY (?1)").setParameter(1, ids).getResultList();
        for (Object[] row : claimRows) {
            long claimId = ((Number) row[1]).longValue();
            claims.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>()).add(new LinkableClaim(claimId,
                    (String) row[2], claimDates.getOrDefault(claimId, List.of()), row[3] == null ? null : ((Number) row[3]).longValue()));
        }
        List<Object[]> articles = entityManager.createNativeQuery(
                "SELECT id, to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), coalesce(title || E'\\n', '') || clean_text"
                        + " FROM article WHERE id = ANY (?1)")
                .setParameter(1, ids).getResultList();
        List<LinkableArticle> linkable = new ArrayList<>();
        for (Object[] row : articles) {
            long id = ((Number) row[0]).longValue();
            LocalDate published = row[1] == null ? null : LocalDate.parse((String) row[1]);
            linkable.add(new LinkableArticle(id, published, (String) row[2], articleDates.getOrDefault(id, List.of()),
                    claims.getOrDefault(id, List.of())));
        }
        return linkable;
    }

    /**
     * Scores one pair and stores an automatic link when it holds. The caller has already removed
     * the pair's earlier automatic links; {@code manual} is a person's decision, if any, which wins.
     */
    private boolean link(EventFacts event, ArticleFacts article, Boolean manual) {
        Score score = EventLinker.score(event, article.text());
        boolean linked = manual != null ? manual : score.links();
        if (manual == null && score.links()) {
            entityManager.createNativeQuery("""
                    INSERT INTO article_event (article_id, event_id, method, linked, score, reasons)
                    VALUES (?1, ?2, 'auto', true, ?3, CAST(?4 AS jsonb))""")
                    .setParameter(1, article.id()).setParameter(2, event.id()).setParameter(3, (float) score.value())
                    .setParameter(4, toJson(score.reasons())).executeUpdate();
        }
        linkClaims(event, article, linked);
        return linked;
    }

    /** Claims are linked when their own text is about the event, and only in a linked article. */
    private void linkClaims(EventFacts event, ArticleFacts article, boolean articleLinked) {
        if (!articleLinked) {
            return;
        }
        Long[] about = article.claims().entrySet().stream().filter(c -> EventLinker.claimIsAbout(event, c.getValue()))
                .map(Map.Entry::getKey).toArray(Long[]::new);
        if (about.length > 0) {
            entityManager.createNativeQuery("""
                    INSERT INTO claim_event (claim_id, event_id, method, linked, score, reasons)
                    SELECT id, ?2, 'auto', true, NULL, '["about the event in a linked article"]' FROM unnest(CAST(?1 AS bigint[])) AS id
                    ON CONFLICT (claim_id, event_id) DO NOTHING""")
                    .setParameter(1, about).setParameter(2, event.id()).executeUpdate();
        }
    }

    /**
     * People's decisions (linked or not) for one article or one event, by the id of the other side;
     * automatic linking never overrides them.
     */
    @SuppressWarnings("unchecked")
    private Map<Long, Boolean> manualDecisions(String column, String otherColumn, long id) {
        List<Object[]> rows = entityManager.createNativeQuery("SELECT " + otherColumn + ", linked FROM article_event WHERE "
                + column + " = ?1 AND method = 'manual'").setParameter(1, id).getResultList();
        Map<Long, Boolean> decisions = new HashMap<>();
        rows.forEach(row -> decisions.put(((Number) row[0]).longValue(), (Boolean) row[1]));
        return decisions;
    }

    private static ArticleFacts facts(LinkableArticle article) {
        LocalDate published = article.publishedDay();
        Map<Long, TextFacts> claims = new HashMap<>();
        Set<Long> speakers = new HashSet<>();
        for (LinkableClaim claim : article.claims()) {
            Set<Long> speaker = claim.speakerId() == null ? Set.of() : Set.of(claim.speakerId());
            speakers.addAll(speaker);
            Set<String> stems = Stems.of(claim.text());
            claims.put(claim.id(), new TextFacts(published, NameNormalizer.normalize(claim.text()), stems, stems, claim.dates(), speaker));
        }
        return new ArticleFacts(article.id(), new TextFacts(published, NameNormalizer.normalize(article.text()),
                Stems.of(article.text()), EventProfile.topicTerms(article.text()), article.dates(), speakers), claims);
    }

    /** An event's facts; its names' stems leave out its place and its kind, which are evidence of their own. */
    private EventFacts eventFacts(EventEntity event) {
        List<String> placeNames = new ArrayList<>();
        Set<String> placeStems = new HashSet<>();
        if (event.place != null) {
            placeNames.add(event.place);
            placeStems.addAll(Stems.of(event.place));
            // every spelling of the places the field names ("Jerusalem and the Gaza border": القدس, غزة, قطاع غزة ...);
            // a city is left out of the names (many events happen in Paris), a country or region is what tells
            // "انتخابات العراق" from another election, so it stays in them
            Set<String> places = Places.mostSpecific(List.of(event.place));
            Places.shipped().forEach((name, entry) -> {
                if (places.contains(entry.name())) {
                    placeNames.add(name);
                    if (Places.isCity(entry.name())) {
                        placeStems.addAll(Stems.of(name));
                    }
                }
            });
        }
        List<String> written = new ArrayList<>(List.of(event.title));
        event.aliases.forEach(a -> written.add(a.alias));
        Set<String> allStems = new HashSet<>();
        written.forEach(name -> allStems.addAll(Stems.of(name)));
        String kind = EventLinker.kindOf(event.kind, allStems);
        List<Set<String>> names = new ArrayList<>();
        for (String name : written) {
            Set<String> stems = new HashSet<>(Stems.of(name));
            stems.removeAll(placeStems);
            stems.removeAll(EventLinker.kindWords(kind)); // "summit" is evidence of the kind, not of this summit
            names.add(stems);
        }
        Map<Long, String> speakers = new HashMap<>();
        List<String> participantNames = new ArrayList<>();
        for (EventParticipantEntity participant : event.participants) {
            participantNames.add(participant.name);
            if (participant.speaker != null) {
                speakers.put(participant.speaker.id, participant.name);
                participant.speaker.aliases.forEach(a -> participantNames.add(a.alias));
            }
            if (participant.outlet != null) {
                participant.outlet.aliases.forEach(a -> participantNames.add(a.alias));
            }
        }
        LocalDate end = event.endDate == null ? event.startDate : event.endDate;
        return new EventFacts(event.id, kind, event.startDate, end, placeNames, profiles.of(event, names, written), speakers,
                participantNames);
    }

    private String toJson(List<String> reasons) {
        try {
            return json.writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
