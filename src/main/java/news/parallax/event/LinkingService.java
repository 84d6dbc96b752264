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

import news.parallax.article.ArticleEntity;
import news.parallax.event.EventLinker.EventFacts;
import news.parallax.event.EventLinker.Score;
import news.parallax.event.EventLinker.TextFacts;
import news.parallax.extraction.Places;
import news.parallax.extraction.Registry;
import news.parallax.text.NameNormalizer;
import news.parallax.text.Stems;

/**
 * Automatic linking of articles and claims to events, on ingest (one article against the events
 * near it in time) and as a backfill when an event is created or changed (one event against the
 * articles near it). Only automatic links are written or removed: a manual link or unlink stays.
 */
@ApplicationScoped
public class LinkingService {

    /** How far from an event an article may be published, or name a date, to be a candidate. */
    private static final int CANDIDATE_DAYS = 60;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /** An article's facts, and those of each of its claims, read once for every event it is scored against. */
    private record ArticleFacts(long id, TextFacts text, Map<Long, TextFacts> claims) {
    }

    /** Links an article, just extracted, to the events it is about. */
    @Transactional
    public void linkArticle(ArticleEntity article) {
        ArticleFacts facts = articleFacts(article);
        List<LocalDate> days = new ArrayList<>(facts.text().dates().stream().filter(d -> d.length() >= 10 && !d.startsWith("--"))
                .map(d -> LocalDate.parse(d.substring(0, 10))).toList());
        if (facts.text().published() != null) {
            days.add(facts.text().published());
        }
        if (days.isEmpty()) {
            return;
        }
        LocalDate from = days.stream().min(LocalDate::compareTo).orElseThrow().minusDays(CANDIDATE_DAYS);
        LocalDate to = days.stream().max(LocalDate::compareTo).orElseThrow().plusDays(CANDIDATE_DAYS);
        // the candidates with their aliases, then their participants: two statements however many there are
        List<EventEntity> events = entityManager.createQuery("select distinct e from EventEntity e left join fetch e.aliases"
                + " where e.startDate <= ?2 and coalesce(e.endDate, e.startDate) >= ?1", EventEntity.class)
                .setParameter(1, from).setParameter(2, to).getResultList();
        if (!events.isEmpty()) {
            entityManager.createQuery("select distinct e from EventEntity e left join fetch e.participants where e in ?1",
                    EventEntity.class).setParameter(1, events).getResultList();
        }
        Map<Long, Boolean> manual = manualDecisions("article_id", "event_id", article.id);
        // automatic links are recomputed from scratch: three statements, not a few per candidate event
        entityManager.createNativeQuery("DELETE FROM article_event WHERE article_id = ?1 AND method = 'auto'")
                .setParameter(1, article.id).executeUpdate();
        entityManager.createNativeQuery("""
                DELETE FROM claim_event WHERE method = 'auto' AND claim_id IN (SELECT id FROM claim WHERE article_id = ?1)""")
                .setParameter(1, article.id).executeUpdate();
        for (EventEntity event : events) {
            link(eventFacts(event), facts, manual.get(event.id));
        }
    }

    /** Re-links every candidate article to an event that was created or changed. */
    @Transactional
    public void linkEvent(EventEntity event) {
        EventFacts facts = eventFacts(event);
        LocalDate from = facts.start().minusDays(CANDIDATE_DAYS);
        LocalDate to = facts.end().plusDays(CANDIDATE_DAYS);
        List<ArticleEntity> candidates = entityManager.createQuery("""
                from ArticleEntity a where (a.publishedAt >= ?1 and a.publishedAt < ?2)
                   or a.id in (select f.article.id from FacetEntity f where f.type = 'date' and f.value >= ?3 and f.value < ?4)""",
                ArticleEntity.class)
                .setParameter(1, from.atStartOfDay().atOffset(ZoneOffset.UTC))
                .setParameter(2, to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC))
                .setParameter(3, facts.start().toString()).setParameter(4, facts.end().plusDays(1).toString())
                .getResultList();
        entityManager.createNativeQuery("DELETE FROM article_event WHERE event_id = ?1 AND method = 'auto'")
                .setParameter(1, event.id).executeUpdate();
        entityManager.createNativeQuery("DELETE FROM claim_event WHERE event_id = ?1 AND method = 'auto'")
                .setParameter(1, event.id).executeUpdate();
        Map<Long, Boolean> manual = manualDecisions("event_id", "article_id", event.id);
        for (ArticleEntity article : candidates) {
            link(facts, articleFacts(article), manual.get(article.id));
        }
    }

    /**
     * Scores one pair and stores an automatic link when it holds. The caller has already removed
     * the pair's earlier automatic links; {@code manual} is a person's decision, if any, which wins.
     */
    private void link(EventFacts event, ArticleFacts article, Boolean manual) {
        Score score = EventLinker.score(event, article.text());
        if (manual == null && score.links()) {
            entityManager.createNativeQuery("""
                    INSERT INTO article_event (article_id, event_id, method, linked, score, reasons)
                    VALUES (?1, ?2, 'auto', true, ?3, CAST(?4 AS jsonb))""")
                    .setParameter(1, article.id()).setParameter(2, event.id()).setParameter(3, (float) score.value())
                    .setParameter(4, toJson(score.reasons())).executeUpdate();
        }
        linkClaims(event, article, manual != null ? manual : score.links());
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

    /** Two statements: the article's date facets (with the claim each belongs to), and its claims. */
    @SuppressWarnings("unchecked")
    private ArticleFacts articleFacts(ArticleEntity article) {
        LocalDate published = article.publishedAt == null ? null : article.publishedAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        List<Object[]> facets = entityManager.createNativeQuery("SELECT claim_id, value FROM facet WHERE article_id = ?1 AND type = 'date'")
                .setParameter(1, article.id).getResultList();
        Map<Long, List<String>> claimDates = new HashMap<>();
        List<String> dates = new ArrayList<>();
        for (Object[] facet : facets) {
            dates.add((String) facet[1]);
            if (facet[0] != null) {
                claimDates.computeIfAbsent(((Number) facet[0]).longValue(), id -> new ArrayList<>()).add((String) facet[1]);
            }
        }
        List<Object[]> rows = entityManager.createNativeQuery("SELECT id, text, speaker_id FROM claim WHERE article_id = ?1")
                .setParameter(1, article.id).getResultList();
        Map<Long, TextFacts> claims = new HashMap<>();
        Set<Long> speakers = new HashSet<>();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            String text = (String) row[1];
            Set<Long> speaker = row[2] == null ? Set.of() : Set.of(((Number) row[2]).longValue());
            speakers.addAll(speaker);
            claims.put(id, new TextFacts(published, NameNormalizer.normalize(text), Stems.of(text),
                    claimDates.getOrDefault(id, List.of()), speaker));
        }
        String text = (article.title == null ? "" : article.title + "\n") + article.cleanText;
        return new ArticleFacts(article.id, new TextFacts(published, NameNormalizer.normalize(text), Stems.of(text), dates, speakers),
                claims);
    }

    /** An event's facts; its name stems leave out its place and its kind, which are evidence of their own. */
    private EventFacts eventFacts(EventEntity event) {
        List<String> placeNames = new ArrayList<>();
        if (event.place != null) {
            placeNames.add(event.place);
            Registry.Entry place = Places.shipped().get(event.placeNormalized);
            if (place != null) {
                Places.shipped().forEach((name, entry) -> {
                    if (entry.equals(place)) {
                        placeNames.add(name);
                    }
                });
            }
        }
        Set<String> placeStems = new HashSet<>();
        placeNames.forEach(name -> placeStems.addAll(Stems.of(name)));
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
        return new EventFacts(event.id, kind, event.startDate, end, placeNames, names, speakers, participantNames);
    }

    private String toJson(List<String> reasons) {
        try {
            return json.writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
