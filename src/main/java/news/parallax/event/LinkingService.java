package news.parallax.event;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.parallax.event.EventLinker.EventFacts;
import news.parallax.event.EventLinker.Score;
import news.parallax.event.EventLinker.TextFacts;
import news.parallax.extraction.Extractor;
import news.parallax.extraction.Places;
import news.parallax.extraction.Registry;
import news.parallax.extraction.RegistryCache;
import news.parallax.fact.Sentences;
import news.parallax.text.NameNormalizer;
import news.parallax.text.Proclitics;
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
     * An article is a candidate for an event published this many days around it, or naming one of its dates; after it, as
     * long as {@link EventLinker} reads a close name as evidence of time ({@link EventLinker#daysCoveredAfter}: an article a week
     * after Abbas entered hospital, on his leaving it, was never scored against that happening).
     */
    static final int CANDIDATE_DAYS = 7;

    /** The most days after an event that an article may be a candidate for it ({@link EventLinker#daysCoveredAfter}). */
    private static final int MOST_DAYS_AFTER = EventLinker.GOES_ON_DAYS;

    /** Stored articles linked again in batches of this many (three statements to read a batch). */
    private static final int RELINK_BATCH = 250;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    EventProfiles profiles;

    @Inject
    RegistryCache registries;

    /**
     * An article as linking reads it: the UTC day it was published (or null), its title (or null), its own text (the clean
     * text before a closing trailer of other articles' leads) and the dates that names, its claims (all of them).
     */
    public record LinkableArticle(long id, LocalDate publishedDay, String title, String ownText, List<String> dates, List<LinkableClaim> claims) {
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
        linkArticles(List.of(article), fresh);
    }

    /**
     * Links a stored article again to every event near it: a person's decision on one of its events can change
     * which of the others keep it ({@link EventLinker#ofItsDays}).
     */
    @Transactional
    public void relinkArticle(long articleId) {
        linkArticles(linkableArticles(List.of(articleId)), false);
    }

    /**
     * Links articles to the events near them, each article against all of its events at once, since the events it is
     * linked to decide together which keep it; answers, by article, the events it is linked to. Six statements for the
     * batch, then one insert per link.
     */
    private Map<Long, Set<Long>> linkArticles(List<LinkableArticle> articles, boolean fresh) {
        Map<Long, Set<Long>> linked = new HashMap<>();
        if (articles.isEmpty()) {
            return linked;
        }
        Long[] ids = articles.stream().map(LinkableArticle::id).toArray(Long[]::new);
        Map<Long, Map<Long, Boolean>> manual = new HashMap<>();
        if (!fresh) {
            manual = manualDecisions(ids);
            entityManager.createNativeQuery("DELETE FROM article_event WHERE article_id = ANY (?1) AND method = 'auto'")
                    .setParameter(1, ids).executeUpdate();
            entityManager.createNativeQuery("""
                    DELETE FROM claim_event WHERE method = 'auto' AND claim_id IN (SELECT id FROM claim WHERE article_id = ANY (?1))""")
                    .setParameter(1, ids).executeUpdate();
        }
        List<LocalDate[]> ranges = new ArrayList<>();
        articles.forEach(article -> ranges.addAll(candidateRanges(article)));
        List<EventFacts> events = candidateEvents(ranges).stream().map(this::eventFacts).toList();
        if (events.isEmpty()) {
            return linked; // most articles: no event near their dates, and nothing to analyse
        }
        for (LinkableArticle article : articles) {
            List<LocalDate[]> near = candidateRanges(article);
            List<EventFacts> candidates = events.stream().filter(event -> near.stream().anyMatch(r -> reaches(event, r))).toList();
            if (!candidates.isEmpty()) {
                linked.put(article.id(), link(candidates, facts(article), manual.getOrDefault(article.id(), Map.of())));
            }
        }
        return linked;
    }

    /** An article's own days and the dates it names, each widened to {@link #CANDIDATE_DAYS} for its publication. */
    private static List<LocalDate[]> candidateRanges(LinkableArticle article) {
        List<LocalDate[]> ranges = new ArrayList<>();
        if (article.publishedDay() != null) {
            ranges.add(new LocalDate[] {article.publishedDay().minusDays(CANDIDATE_DAYS), article.publishedDay().plusDays(CANDIDATE_DAYS)});
        }
        for (String date : article.dates()) {
            if (date.length() >= 10 && !date.startsWith("--")) {
                LocalDate from = LocalDate.parse(date.substring(0, 10));
                ranges.add(new LocalDate[] {from, date.length() >= 21 ? LocalDate.parse(date.substring(11, 21)) : from});
            }
        }
        return ranges;
    }

    /** Whether the event, with the days after it that its coverage is linked for ({@link EventLinker#daysCoveredAfter}), meets the range. */
    private static boolean reaches(EventFacts event, LocalDate[] range) {
        int more = EventLinker.daysCoveredAfter(event, CANDIDATE_DAYS) - CANDIDATE_DAYS;
        return !event.start().isAfter(range[1]) && !event.end().plusDays(more).isBefore(range[0]);
    }

    /** The events that overlap any of the ranges ({@link #candidateRanges}), with aliases and participants: three statements. */
    @SuppressWarnings("unchecked")
    private List<EventEntity> candidateEvents(List<LocalDate[]> ranges) {
        if (ranges.isEmpty()) {
            return List.of();
        }
        List<Long> ids = entityManager.createNativeQuery("""
                SELECT DISTINCT e.id FROM event e, unnest(CAST(?1 AS date[]), CAST(?2 AS date[])) AS r (first, last)
                WHERE e.start_date <= r.last AND coalesce(e.end_date, e.start_date) >= r.first - CAST(?3 AS integer)""")
                .setParameter(1, ranges.stream().map(r -> r[0]).toArray(LocalDate[]::new))
                .setParameter(2, ranges.stream().map(r -> r[1]).toArray(LocalDate[]::new))
                .setParameter(3, MOST_DAYS_AFTER - CANDIDATE_DAYS).getResultList();
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
        int daysAfter = EventLinker.daysCoveredAfter(eventFacts(event), CANDIDATE_DAYS);
        return entityManager.createNativeQuery("""
                SELECT id FROM article WHERE published_at >= ?1 AND published_at < ?2 AND id <= ?5
                UNION
                SELECT article_id FROM facet WHERE type = 'date' AND value >= ?3 AND value < ?4 AND article_id <= ?5
                ORDER BY 1""")
                .setParameter(1, event.startDate.minusDays(CANDIDATE_DAYS).atStartOfDay().atOffset(ZoneOffset.UTC))
                .setParameter(2, end.plusDays(daysAfter + 1).atStartOfDay().atOffset(ZoneOffset.UTC))
                .setParameter(3, event.startDate.toString()).setParameter(4, end.plusDays(1).toString())
                .setParameter(5, lastArticleId).getResultList();
    }

    /**
     * Links a batch of the event's candidate articles again, each against every event near it (the event's links
     * can take an article from another event, {@link EventLinker#ofItsDays}); answers how many are linked to the event.
     * An article the event does not hold, and was not linked to it before, keeps its links as they are: which of its
     * events keep it is decided among those that hold it, so only the articles the event holds, or held, are linked
     * again, against the events near them (a batch near 2,220 events of the million-article corpus scored every article
     * against all of them, and outlived its transaction).
     */
    @SuppressWarnings("unchecked")
    int linkEvent(EventEntity event, List<Long> articleIds) {
        EventFacts facts = eventFacts(event);
        Set<Long> before = new HashSet<>();
        entityManager.createNativeQuery("SELECT article_id FROM article_event WHERE event_id = ?1 AND article_id = ANY (?2)")
                .setParameter(1, event.id).setParameter(2, articleIds.toArray(Long[]::new)).getResultList()
                .forEach(id -> before.add(((Number) id).longValue()));
        List<LinkableArticle> relinked = linkableArticles(articleIds).stream()
                .filter(article -> before.contains(article.id()) || EventLinker.score(facts, facts(article).text()).links()).toList();
        return (int) linkArticles(relinked, false).values().stream().filter(events -> events.contains(event.id)).count();
    }

    /**
     * Removes the event's automatic links to articles (up to {@code lastArticleId}) that are no longer candidates, and
     * links those articles again: another event may keep them now.
     */
    @SuppressWarnings("unchecked")
    void unlinkOthers(long eventId, List<Long> candidates, long lastArticleId) {
        List<Long> dropped = entityManager.createNativeQuery("""
                SELECT article_id FROM article_event WHERE event_id = ?1 AND method = 'auto' AND article_id <= ?3
                AND NOT (article_id = ANY (?2))""")
                .setParameter(1, eventId).setParameter(2, candidates.toArray(Long[]::new)).setParameter(3, lastArticleId)
                .getResultList().stream().map(id -> ((Number) id).longValue()).toList();
        relinkArticles(dropped);
    }

    /** Links stored articles again to the events near them, in batches. */
    void relinkArticles(List<Long> articleIds) {
        for (int from = 0; from < articleIds.size(); from += RELINK_BATCH) {
            linkArticles(linkableArticles(articleIds.subList(from, Math.min(from + RELINK_BATCH, articleIds.size()))), false);
        }
    }

    /** Stored articles as linking reads them: three statements for any number of articles. */
    @SuppressWarnings("unchecked")
    public List<LinkableArticle> linkableArticles(List<Long> articleIds) {
        Long[] ids = articleIds.toArray(Long[]::new);
        Map<Long, List<String>> articleDates = new HashMap<>();
        Map<Long, List<String>> claimDates = new HashMap<>();
        List<Object[]> facets = entityManager.createNativeQuery("""
                SELECT f.article_id, f.claim_id, f.value, a.own_text_end IS NULL OR f.span_start < a.own_text_end
                FROM facet f JOIN article a ON a.id = f.article_id WHERE f.article_id = ANY (?1) AND f.type = 'date'""")
                .setParameter(1, ids).getResultList();
        for (Object[] facet : facets) {
            if ((Boolean) facet[3]) { // a date of the article's own text
                articleDates.computeIfAbsent(((Number) facet[0]).longValue(), id -> new ArrayList<>()).add((String) facet[2]);
            }
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
                "SELECT id, to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), title, coalesce(left(clean_text, own_text_end), clean_text)"
                        + " FROM article WHERE id = ANY (?1)")
                .setParameter(1, ids).getResultList();
        List<LinkableArticle> linkable = new ArrayList<>();
        for (Object[] row : articles) {
            long id = ((Number) row[0]).longValue();
            LocalDate published = row[1] == null ? null : LocalDate.parse((String) row[1]);
            linkable.add(new LinkableArticle(id, published, (String) row[2], (String) row[3], articleDates.getOrDefault(id, List.of()),
                    claims.getOrDefault(id, List.of())));
        }
        return linkable;
    }

    /**
     * Scores an article against its candidate events and stores an automatic link for each that holds and keeps it
     * ({@link EventLinker#ofItsDays}); answers the events it is linked to. The caller has already removed the article's
     * earlier automatic links; {@code manual} holds a person's decisions, by event, which win and are never dropped.
     */
    private Set<Long> link(List<EventFacts> events, ArticleFacts article, Map<Long, Boolean> manual) {
        Map<Long, Score> scores = new HashMap<>();
        List<EventFacts> linked = new ArrayList<>();
        for (EventFacts event : events) {
            Score score = EventLinker.score(event, article.text());
            scores.put(event.id(), score);
            if (manual.getOrDefault(event.id(), score.links())) {
                linked.add(event);
            }
        }
        Set<Long> named = scores.entrySet().stream().filter(e -> e.getValue().named()).map(Map.Entry::getKey).collect(Collectors.toSet());
        Set<Long> kept = EventLinker.ofItsDays(linked, named, article.text().published());
        Set<Long> result = new HashSet<>();
        for (EventFacts event : linked) {
            Boolean decision = manual.get(event.id());
            if (decision == null && !kept.contains(event.id())) {
                continue;
            }
            if (decision == null) {
                // a concurrent re-linking of the article (the event's job, a person's decision on another event) may have
                // stored this link since its automatic links were removed: the later one stands, a person's never changes
                entityManager.createNativeQuery("""
                        INSERT INTO article_event (article_id, event_id, method, linked, score, reasons)
                        VALUES (?1, ?2, 'auto', true, ?3, CAST(?4 AS jsonb))
                        ON CONFLICT (article_id, event_id) DO UPDATE SET score = excluded.score, reasons = excluded.reasons
                        WHERE article_event.method = 'auto'""")
                        .setParameter(1, article.id()).setParameter(2, event.id()).setParameter(3, (float) scores.get(event.id()).value())
                        .setParameter(4, toJson(scores.get(event.id()).reasons())).executeUpdate();
            }
            result.add(event.id());
            linkClaims(event, article);
        }
        return result;
    }

    /** Claims of a linked article are linked when their own text is about the event. */
    private void linkClaims(EventFacts event, ArticleFacts article) {
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

    /** People's decisions (linked or not) on the given articles, by article and event; automatic linking never overrides them. */
    @SuppressWarnings("unchecked")
    private Map<Long, Map<Long, Boolean>> manualDecisions(Long[] articleIds) {
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT article_id, event_id, linked FROM article_event WHERE article_id = ANY (?1) AND method = 'manual'")
                .setParameter(1, articleIds).getResultList();
        Map<Long, Map<Long, Boolean>> decisions = new HashMap<>();
        rows.forEach(row -> decisions.computeIfAbsent(((Number) row[0]).longValue(), id -> new HashMap<>())
                .put(((Number) row[1]).longValue(), (Boolean) row[2]));
        return decisions;
    }

    private static ArticleFacts facts(LinkableArticle article) {
        LocalDate published = article.publishedDay();
        Map<Long, TextFacts> claims = new HashMap<>();
        Set<Long> speakers = new HashSet<>();
        for (LinkableClaim claim : article.claims()) {
            Set<Long> speaker = claim.speakerId() == null ? Set.of() : Set.of(claim.speakerId());
            speakers.addAll(speaker);
            String normalized = NameNormalizer.normalize(claim.text());
            Set<String> stems = Stems.of(EventLinker.withoutLookalikes(normalized));
            claims.put(claim.id(), new TextFacts(published, "", Set.of(), normalized, stems, stems, claim.dates(), speaker, List.of(normalized),
                    claim.text()));
        }
        String text = storyText(article.title(), article.ownText());
        String title = article.title() == null ? "" : article.title();
        String normalized = NameNormalizer.normalize(text);
        return new ArticleFacts(article.id(), new TextFacts(published, title, EventProfile.topicTerms(title),
                normalized, Stems.of(EventLinker.withoutLookalikes(normalized)), EventProfile.topicTerms(text), article.dates(), speakers,
                sentences(text), text), claims);
    }

    /**
     * What linking reads of an article: its title and its own story. A separate story told further down ("وفي إطار منفصل ...")
     * is not the article's, so it is no evidence of an event; nor is the dateline, where the outlet writes from ("العربية" of
     * CNN Arabic's "دبي، الإمارات العربية المتحدة (CNN)" is no word of an Arab summit's name).
     */
    static String storyText(String title, String ownText) {
        String own = ownText == null ? "" : ownText;
        return EventLinker.ownStory((title == null ? "" : title + "\n") + own.substring(Extractor.storyStart(own)));
    }

    /** A text's opening sentences, normalised: the only ones linking reads one by one ({@link EventLinker#OPENING_SENTENCES}). */
    static List<String> sentences(String text) {
        return Sentences.split(text).stream().limit(EventLinker.OPENING_SENTENCES).map(NameNormalizer::normalize).toList();
    }

    /** An event's facts; its names' stems leave out its place and its kind, which are evidence of their own. */
    private EventFacts eventFacts(EventEntity event) {
        List<String> placeNames = new ArrayList<>();
        Set<String> places = event.place == null ? Set.of() : Places.mostSpecific(List.of(event.place));
        Set<String> placeStems = new HashSet<>();
        Set<String> countryWords = new HashSet<>();
        if (event.place != null) {
            placeNames.add(event.place);
            placeStems.addAll(Stems.of(event.place));
            // every spelling of the places the field names ("Jerusalem and the Gaza border": القدس, غزة, قطاع غزة ...);
            // a city is left out of the names (many events happen in Paris), a country or region is what tells
            // "انتخابات العراق" from another election, so it stays in them; a name shared through its country alone is
            // the place, not the name (EventProfile#similarity); a place that lies in one of them names it too ("إسطنبول" for
            // an election in Turkey), but is no word of the event's names
            Places.shipped().forEach((name, entry) -> {
                if (places.contains(entry.name())) {
                    placeNames.add(name);
                    if (Places.isCity(entry.name())) {
                        placeStems.addAll(EventLinker.cityStems(name));
                    } else if (Places.isCountry(entry.name())) {
                        countryWords.addAll(EventLinker.countryWords(name));
                        placeStems.addAll(EventLinker.stateWords(name));
                    }
                } else if (places.stream().anyMatch(place -> Places.within(place, entry.name()))) {
                    placeNames.add(name);
                }
            });
        }
        List<String> given = new ArrayList<>(List.of(event.title));
        event.aliases.forEach(a -> given.add(a.alias));
        List<String> written = Synonyms.withVariants(given); // "بهدنة" of a name is also "بوقف إطلاق النار"
        Set<String> allStems = new HashSet<>();
        written.forEach(name -> Stems.of(name).forEach(stem -> allStems.addAll(Proclitics.readings(stem))));
        String kind = EventLinker.kindOf(event.kind, allStems);
        Set<String> leftOut = new HashSet<>(placeStems);
        leftOut.addAll(EventLinker.notOwnNameWords(kind)); // "summit", "presidential", "وسط": no evidence of this event
        List<Set<String>> names = written.stream().map(name -> EventLinker.ownNameWords(name, leftOut, kind)).toList();
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
        Registry registry = registries.current();
        List<Set<String>> people = written.stream().flatMap(name -> Extractor.curatedPeopleNamed(name, registry).stream())
                .map(Stems::of).distinct().toList();
        LocalDate end = event.endDate == null ? event.startDate : event.endDate;
        return new EventFacts(event.id, kind, event.startDate, end, placeNames, places, countryWords, profiles.of(event, names, written), speakers,
                participantNames, people, EventLinker.aboutAnOccasion(event.kind, kind, given));
    }

    private String toJson(List<String> reasons) {
        try {
            return json.writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
