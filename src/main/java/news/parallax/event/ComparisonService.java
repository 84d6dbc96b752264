package news.parallax.event;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import news.parallax.api.model.CitedSource;
import news.parallax.api.model.ClaimKind;
import news.parallax.api.model.Comparison;
import news.parallax.api.model.ComparisonArticle;
import news.parallax.api.model.ComparisonClaim;
import news.parallax.api.model.ComparisonOutlet;
import news.parallax.api.model.Coverage;
import news.parallax.api.model.Event;
import news.parallax.api.model.EventKind;
import news.parallax.api.model.FacetComparison;
import news.parallax.api.model.FirstReport;
import news.parallax.api.model.LinkMethod;
import news.parallax.api.model.OutletKind;
import news.parallax.api.model.OutletRef;
import news.parallax.api.model.Span;
import news.parallax.api.model.SpeakerCoverage;
import news.parallax.api.model.SpeakerRef;
import news.parallax.api.model.Timeline;
import news.parallax.api.model.TimelineItem;
import news.parallax.extraction.Extractor;
import news.parallax.extraction.Places;
import news.parallax.fact.FactKey;
import news.parallax.fact.FactValue;
import news.parallax.fact.Sentences;
import news.parallax.outlet.OutletMapper;
import news.parallax.paging.SqlQuery;
import news.parallax.problem.ApiProblem;

/**
 * The side-by-side view of one event, from the articles and claims linked to it. Whatever the
 * number of outlets, it costs the same few SQL statements (the event, its linked articles, its
 * linked claims, the citations of those articles, their facets), read as flat rows.
 */
@ApplicationScoped
public class ComparisonService {

    /** How far (in characters) either side of a figure its sentence, and the source cited in it, are looked for. */
    private static final int SENTENCE_REACH = 300;
    /**
     * Kinds of event at which nothing is counted as happening (killed, injured, missiles fired): the summit on a war is no
     * incident of it ("a war that killed about 80,000" in every report of the Ethiopia-Eritrea summit).
     */
    private static final Set<EventKind> GATHERINGS = EnumSet.of(EventKind.CONFERENCE, EventKind.MEETING, EventKind.VISIT);
    private static final OutletRef UNKNOWN_PUBLISHER = new OutletRef().id(0L).name("unknown publisher").kind(OutletKind.ONLINE);

    private record Row(Object[] values) {
        long id(int i) {
            return ((Number) values[i]).longValue();
        }

        int number(int i) {
            return ((Number) values[i]).intValue();
        }

        Long optionalId(int i) {
            return values[i] == null ? null : ((Number) values[i]).longValue();
        }

        String text(int i) {
            return (String) values[i];
        }

        OffsetDateTime time(int i) {
            return SqlQuery.time(values[i]);
        }

        OutletRef outlet(int i) {
            return values[i] == null ? UNKNOWN_PUBLISHER : OutletMapper.fromRow(values, i);
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    EventService events;

    @Inject
    EventLinks links;

    @Transactional
    public Comparison compare(long eventId) {
        Event event = events.get(eventId);
        List<Row> articles = rows("""
                SELECT a.id, a.url, a.title, a.language, a.published_at, ae.method, ae.score, ae.reasons::text,
                       o.id, o.name, o.kind
                FROM article_event ae JOIN article a ON a.id = ae.article_id LEFT JOIN outlet o ON o.id = a.outlet_id
                WHERE ae.event_id = ?1 AND ae.linked
                ORDER BY a.published_at NULLS LAST, a.id""", eventId);
        List<Row> claims = linkedClaims(eventId);
        List<Row> citations = rows("""
                SELECT a.outlet_id, ci.outlet_id, o.name, o.kind, count(*)
                FROM citation ci JOIN article a ON a.id = ci.article_id JOIN outlet o ON o.id = ci.outlet_id
                JOIN article_event ae ON ae.article_id = a.id AND ae.event_id = ?1 AND ae.linked
                GROUP BY a.outlet_id, ci.outlet_id, o.name, o.kind ORDER BY count(*) DESC, ci.outlet_id""", eventId);
        // the facts stated (counted) and every date of the linked articles' own texts (a closing trailer of other articles'
        // leads tells other stories' figures), which tells whether a figure's sentence is about
        // the event; a stated date or figure comes with the text around it (its sentence is cut from it) and the sources
        // cited near it (its source is the one cited in its sentence, unless its claim names one)
        List<Row> facets = rows("""
                SELECT f.key, f.type, f.value, f.unit, f.claim_id, a.outlet_id, a.id, a.published_at, coalesce(co.name, s.name),
                       f.counted, f.span_start, f.span_end, greatest(0, f.span_start - ?3),
                       CASE WHEN f.counted AND f.type IN ('number', 'date')
                            THEN substring(a.clean_text FROM greatest(0, f.span_start - ?3) + 1
                                           FOR f.span_end - greatest(0, f.span_start - ?3) + ?3) END,
                       CASE WHEN f.counted AND f.type IN ('number', 'date') AND co.name IS NULL AND s.name IS NULL
                            THEN (SELECT string_agg(ci.span_start || ',' || ci.span_end || ',' || coalesce(o.name, ci.source_text),
                                                    chr(30) ORDER BY abs(ci.span_start - f.span_start))
                                  FROM citation ci LEFT JOIN outlet o ON o.id = ci.outlet_id
                                  WHERE ci.article_id = f.article_id
                                    AND ci.span_end > f.span_start - ?3 AND ci.span_start < f.span_end + ?3) END,
                       f.linked_claim
                FROM (SELECT f.*, (f.linked_claim OR f.key = ANY(CAST(?2 AS text[]))) AS counted
                      FROM (SELECT f.*, coalesce(f.claim_id IN (SELECT ce.claim_id FROM claim_event ce
                                                                WHERE ce.event_id = ?1 AND ce.linked), false) AS linked_claim
                            FROM facet f JOIN article_event ae ON ae.article_id = f.article_id AND ae.event_id = ?1 AND ae.linked) f) f
                JOIN article a ON a.id = f.article_id
                LEFT JOIN claim c ON c.id = f.claim_id
                LEFT JOIN outlet co ON co.id = c.cited_outlet_id LEFT JOIN speaker s ON s.id = c.speaker_id
                WHERE (f.counted OR f.type = 'date') AND (a.own_text_end IS NULL OR f.span_start < a.own_text_end)
                ORDER BY a.published_at NULLS LAST, f.id""", eventId, FactKey.articleWideKeys().toArray(String[]::new),
                SENTENCE_REACH);

        Map<Long, ComparisonOutlet> outlets = new LinkedHashMap<>();
        Map<Long, OutletRef> outletRefs = new LinkedHashMap<>();
        Set<String> languages = new TreeSet<>();
        FirstReport first = null;
        for (Row row : articles) {
            OutletRef outlet = row.outlet(8);
            outletRefs.putIfAbsent(outlet.getId(), outlet);
            ComparisonOutlet view = outlets.computeIfAbsent(outlet.getId(), id -> new ComparisonOutlet().outlet(outlet)
                    .articles(new ArrayList<>()).claims(new ArrayList<>()).cites(new ArrayList<>()));
            OffsetDateTime published = row.time(4);
            view.getArticles().add(new ComparisonArticle().id(row.id(0)).url(java.net.URI.create(row.text(1))).title(row.text(2))
                    .language(row.text(3)).publishedAt(published).link(LinkMethod.fromValue(row.text(5)))
                    .score(row.values()[6] == null ? null : ((Number) row.values()[6]).floatValue()).reasons(links.reasons(row.text(7))));
            if (published != null) {
                if (view.getFirstPublishedAt() == null || published.isBefore(view.getFirstPublishedAt())) {
                    view.setFirstPublishedAt(published);
                }
                if (view.getLastPublishedAt() == null || published.isAfter(view.getLastPublishedAt())) {
                    view.setLastPublishedAt(published);
                }
                if (first == null || published.isBefore(first.getPublishedAt())) {
                    first = new FirstReport().outlet(outlet).articleId(row.id(0)).publishedAt(published);
                }
            }
            languages.add(row.text(3));
        }
        Map<Long, SpeakerCoverage> speakers = new LinkedHashMap<>();
        for (Row row : claims) {
            ComparisonClaim claim = claim(row);
            ComparisonOutlet view = outlets.get(row.values()[12] == null ? 0L : row.id(12));
            if (view != null) {
                view.getClaims().add(claim);
            }
            if (claim.getSpeaker() != null) {
                SpeakerCoverage coverage = speakers.computeIfAbsent(claim.getSpeaker().getId(),
                        id -> new SpeakerCoverage().speaker(claim.getSpeaker()).claims(0).outlets(new ArrayList<>()));
                coverage.setClaims(coverage.getClaims() + 1);
                if (view != null && !coverage.getOutlets().contains(view.getOutlet())) {
                    coverage.getOutlets().add(view.getOutlet());
                }
            }
        }
        for (Row row : citations) {
            ComparisonOutlet view = outlets.get(row.values()[0] == null ? 0L : row.id(0));
            if (view != null) {
                view.getCites().add(new CitedSource().outlet(row.outlet(1)).citations(((Number) row.values()[4]).intValue()));
            }
        }
        return new Comparison().event(event)
                .coverage(new Coverage().articles(articles.size()).outlets(outlets.size()).languages(new ArrayList<>(languages))
                        .firstReported(first))
                .outlets(new ArrayList<>(outlets.values()))
                .facets(lineUp(facets, outletRefs, event))
                .speakers(new ArrayList<>(speakers.values()));
    }

    /** One outlet's part of the comparison: its articles, claims and cited sources (empty when it did not cover the event). */
    @Transactional
    @SuppressWarnings("unchecked")
    public ComparisonOutlet outletView(long eventId, long outletId) {
        Comparison comparison = compare(eventId);
        List<Object[]> outlet = entityManager.createNativeQuery("SELECT id, name, kind FROM outlet WHERE id = ?1")
                .setParameter(1, outletId).getResultList();
        if (outlet.isEmpty()) {
            throw ApiProblem.notFound("outlet", outletId);
        }
        return comparison.getOutlets().stream().filter(o -> o.getOutlet().getId() == outletId).findFirst()
                .orElseGet(() -> new ComparisonOutlet().outlet(new Row(outlet.get(0)).outlet(0))
                        .articles(new ArrayList<>()).claims(new ArrayList<>()).cites(new ArrayList<>()));
    }

    /** Articles and claims in time order (claims at their article's time); undated items last. */
    @Transactional
    public Timeline timeline(long eventId) {
        Comparison comparison = compare(eventId);
        List<TimelineItem> items = new ArrayList<>();
        for (ComparisonOutlet outlet : comparison.getOutlets()) {
            Map<Long, ComparisonArticle> byId = new LinkedHashMap<>();
            for (ComparisonArticle article : outlet.getArticles()) {
                byId.put(article.getId(), article);
                items.add(new TimelineItem().type(TimelineItem.TypeEnum.ARTICLE).time(article.getPublishedAt())
                        .articleId(article.getId()).outlet(outlet.getOutlet()).title(article.getTitle()));
            }
            for (ComparisonClaim claim : outlet.getClaims()) {
                ComparisonArticle article = byId.get(claim.getArticleId());
                items.add(new TimelineItem().type(TimelineItem.TypeEnum.CLAIM).time(article == null ? null : article.getPublishedAt())
                        .articleId(claim.getArticleId()).claimId(claim.getId()).outlet(outlet.getOutlet()).text(claim.getText())
                        .speaker(claim.getSpeaker()));
            }
        }
        items.sort(Comparator.comparing(TimelineItem::getTime, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(TimelineItem::getArticleId).thenComparing(i -> i.getClaimId() == null ? 0 : i.getClaimId()));
        return new Timeline().event(comparison.getEvent()).items(items);
    }

    /**
     * Facts lined up by key. A plain date counts only when it falls in the event's dates, other facts of a claim only in
     * a linked claim; a count of what happened ({@link FactKey#happened}) only from articles published once the event
     * began; a figure, election date or deadline only when its sentence is about the event
     * ({@link Sentences#aboutEvent}); and, for an election, an election date only when it is the event's (another
     * date is another round or another vote).
     */
    private static List<FacetComparison> lineUp(List<Row> facets, Map<Long, OutletRef> outlets, Event event) {
        FactValue eventDates = Sentences.eventDates(event.getStartDate(), event.getEndDate());
        List<String> names = new ArrayList<>(event.getAliases());
        names.add(event.getTitle());
        if (event.getPlace() != null) {
            names.add(event.getPlace());
        }
        Set<String> eventPlaces = Places.mostSpecific(names);
        Map<Long, List<Row>> datesByArticle = new HashMap<>();
        facets.stream().filter(row -> row.text(1).equals("date"))
                .forEach(row -> datesByArticle.computeIfAbsent(row.id(6), id -> new ArrayList<>()).add(row));
        List<FactLineUp.Report> reports = new ArrayList<>();
        Set<ArticleKey> risen = new HashSet<>(); // each count an article tells the rise of
        for (Row row : facets) {
            if (!Boolean.TRUE.equals(row.values()[9])) {
                continue; // a date of the article that is no fact of the event: context only
            }
            // a toll stated before the event is an earlier incident's (the event's is not known yet); a meeting kills nobody, so
            // a toll in its coverage is that of the war or attack it spoke of
            if (FactKey.of(row.text(0)).happened() && (before(row.time(7), event) || GATHERINGS.contains(event.getKind()))) {
                continue;
            }
            String attribution = row.text(8);
            if (row.text(13) != null) {
                int[] sentence = Sentences.bounds(row.text(13), row.number(12), row.number(10), row.number(11));
                if (!FactKey.of(row.text(0)).kind().equals(FactKey.Kind.SET) && !row.text(0).equals("date")
                        && !aboutEvent(row, sentence, datesByArticle.getOrDefault(row.id(6), List.of()), eventDates, event, eventPlaces)) {
                    continue;
                }
                // an earlier figure of the count ("الحصيلة الأولية صباحا 32 قبل أن ترتفع") is that time's, not a value that
                // competes with the article's current one; the article was written once the count had risen
                if (row.text(1).equals("number") && Sentences.earlierFigure(beforeFigure(row, sentence), afterFigure(row, sentence))) {
                    risen.add(new ArticleKey(row.id(6), row.text(0)));
                    continue;
                }
                attribution = attribution != null ? attribution : citedIn(row.text(14), sentence);
            }
            String key = FactKey.deadlineKey(row.text(0), row.text(2), event.getStartDate(), event.getEndDate());
            if (key == null) {
                continue; // a deadline that had passed long before the event is another story's
            }
            reports.add(new FactLineUp.Report(key, row.text(1), row.text(2), row.text(3), row.optionalId(4),
                    Boolean.TRUE.equals(row.values()[15]), outlets.getOrDefault(row.values()[5] == null ? 0L : row.id(5), UNKNOWN_PUBLISHER), row.id(6), row.time(7),
                    attribution, false));
        }
        reports.replaceAll(r -> risen.contains(new ArticleKey(r.articleId(), r.key())) ? r.writtenLater() : r);
        return FactLineUp.lineUp(reports, r -> !r.key().equals("date") || inEvent(r.value(), event));
    }

    /** Whether a date value ends before the event's first day. */
    private static boolean heldBefore(String date, FactValue eventDates) {
        FactValue value = FactValue.parse("date", date);
        return value != null && value.high() < eventDates.low();
    }

    /**
     * Whether the sentence of a stated figure is about the event: a figure it locates only elsewhere than the event's
     * places is another incident's ({@link Places#elsewhere}), one of a list of counts by place one place's part ({@link
     * Sentences#oneOfCountsByPlace}); the other dates stated in it (a total "since 30 March"
     * names its start, so totals are judged by their words only), its words and weekdays. An election date or deadline
     * is judged by the earlier dates, years and times of its sentence, and, for an election, by itself: the event's
     * or another round's.
     */
    private static boolean aboutEvent(Row row, int[] sentence, List<Row> articleDates, FactValue eventDates, Event event,
            Set<String> eventPlaces) {
        String key = row.text(0);
        boolean figure = row.text(1).equals("number");
        if (!figure && key.equals("election_date") && event.getKind() == EventKind.ELECTION
                && !FactValue.compatible("date", row.text(2), eventDates.value())) {
            return false;
        }
        // of an event that is no election (a government crisis), the election date is that of the vote to come: one held
        // before the event began ("the parties that won the election early last March") is the earlier vote's
        if (!figure && key.equals("election_date") && event.getKind() != EventKind.ELECTION && heldBefore(row.text(2), eventDates)) {
            return false;
        }
        // a date's sentence names later dates of the same story ("elections on 10 December, laws by 16 September"):
        // only an earlier date, year or time makes it another story's
        // the start of a total ("أدت إلى مقتل 40 ... ليرتفع عدد القتلى منذ 30 مارس إلى 100") is no other time of the figure
        String window = row.text(13);
        // "قُتل نحو 19 شخصا ... في شبه جزيرة القرم التي ضمتها روسيا إلى أراضيها عام 2014": the place's relative clause tells of
        // the place (its year is no time of the fact); a figure's sentence is read without it
        int clause = key.endsWith("_total") ? -1 : Places.placeClause(afterFigure(row, sentence));
        List<FactValue> otherDates = key.endsWith("_total") ? List.of() : datesIn(sentence, row, articleDates, clause).stream()
                .filter(date -> figure || date.high() < eventDates.low()).toList();
        String text = text(window, row.number(12), !figure || clause < 0 ? sentence : new int[] {sentence[0], row.number(11) + clause});
        int[] previous = previousSentence(window, row.number(12), sentence[0]);
        String before = previous == null ? "" : text(window, row.number(12), previous);
        if (figure && (Places.elsewhere(text, before, eventPlaces)
                || Sentences.otherIncident(beforeFigure(row, sentence)) || Sentences.oneOfCountsByPlace(afterFigure(row, sentence)))) {
            return false;
        }
        // a timeline of earlier happenings under year headings (BBC's list of Iran's air crashes under a crash's report)
        String heading = figure ? Sentences.headingYear(text(window, row.number(12), new int[] {row.number(12), sentence[0]})) : null;
        if (heading != null && !FactValue.compatible("date", heading, eventDates.value())) {
            return false;
        }
        // a timeline's entry ("يناير/ كانون ثاني: ... ومقتل 78") of a month not the event's tells of that month's happening
        Integer entryMonth = figure ? Extractor.timelineMonth(lineBefore(window, row.number(12), row.number(10))) : null;
        if (entryMonth != null && event.getStartDate().datesUntil(event.getEndDate() == null ? event.getStartDate().plusDays(1)
                : event.getEndDate().plusDays(1)).noneMatch(date -> date.getMonthValue() == entryMonth)) {
            return false;
        }
        OffsetDateTime published = row.time(7);
        java.time.LocalDate day = !figure || published == null ? null : published.withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDate();
        if (!Sentences.aboutEvent(text, eventDates, otherDates, day, !key.endsWith("_total"))) {
            return false;
        }
        // a figure's sentence that says nothing of its time goes on from the one before ("وفي عام 2001 شنت الطائرات
        // غارة مماثلة. وأدت الغارة إلى مقتل 3 جنود"), as it does for its place; only an earlier time there is another incident's (the
        // sentence before may set later dates: "elections on 10 December, laws by 16 September. A bomb killed 7")
        return !figure || key.endsWith("_total") || previous == null || !otherDates.isEmpty() || Sentences.namesTime(text)
                || Sentences.aboutEvent(before, eventDates, datesIn(previous, row, articleDates, -1).stream()
                        .filter(date -> date.high() < eventDates.low()).toList(), day);
    }

    /** The line a figure stands on, up to it: from the line break before it in its window ("" when the window holds none). */
    private static String lineBefore(String window, int windowStart, int figureStart) {
        int at = Math.max(0, Math.min(window.length(), figureStart - windowStart));
        int lineStart = window.lastIndexOf('\n', at - 1);
        return lineStart < 0 && windowStart > 0 ? "" : window.substring(lineStart + 1, at);
    }

    /**
     * The dates stated between a sentence's bounds but the fact's own, except a date a total counts from ("منذ 30 مارس") and
     * one in the relative clause that opens {@code clause} characters after the fact (-1: none), which gives the place's history
     * ({@link Places#placeClause}).
     */
    private static List<FactValue> datesIn(int[] sentence, Row row, List<Row> articleDates, int clause) {
        String window = row.text(13);
        return articleDates.stream()
                .filter(date -> date.number(10) >= sentence[0] && date.number(11) <= sentence[1] && date.number(10) != row.number(10))
                .filter(date -> !Sentences.since(window.substring(Math.max(0, Math.min(window.length(), date.number(10) - row.number(12)) - 60),
                        Math.max(0, Math.min(window.length(), date.number(10) - row.number(12))))))
                .filter(date -> clause < 0 || date.number(10) <= row.number(11) + clause)
                .map(date -> FactValue.parse("date", date.text(2))).filter(Objects::nonNull).toList();
    }

    /** A facet of one article by its key. */
    private record ArticleKey(long articleId, String key) {
    }

    /** The words of the facet's sentence before the facet (a figure's own cues: "الحصيلة الأولية"، "وفي أماكن أخرى"). */
    private static String beforeFigure(Row row, int[] sentence) {
        return text(row.text(13), row.number(12), new int[] {sentence[0], row.number(10)});
    }

    /** The words of the facet's sentence after the facet ("قبل أن ترتفع"). */
    private static String afterFigure(Row row, int[] sentence) {
        return text(row.text(13), row.number(12), new int[] {row.number(11), sentence[1]});
    }

    /** The text between bounds (article offsets) in a window that starts at {@code windowStart}. */
    private static String text(String window, int windowStart, int[] bounds) {
        int from = Math.max(0, Math.min(window.length(), bounds[0] - windowStart));
        return window.substring(from, Math.max(from, Math.min(window.length(), bounds[1] - windowStart)));
    }

    /** Whether an article was published before the event's first day (UTC), as a preview is ({@code EventLinker}). */
    private static boolean before(OffsetDateTime published, Event event) {
        return published != null && published.withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDate().isBefore(event.getStartDate());
    }

    /**
     * The bounds of the sentence before the one starting at {@code start} (article offsets) in the window, null at the
     * window's start; also across a line break:
     * web news sets most sentences as paragraphs of their own ("... وصل المفتشون إلى بلدة حرستا.⏎وقال مسعفون إن 30 شخصا قتلوا").
     */
    private static int[] previousSentence(String window, int windowStart, int start) {
        int end = Math.max(0, Math.min(window.length(), start - windowStart));
        int last = end - 1;
        while (last >= 0 && Character.isWhitespace(window.charAt(last))) {
            last--;
        }
        if (last <= 0) {
            return null;
        }
        return Sentences.bounds(window, windowStart, windowStart + last - 1, windowStart + last - 1);
    }

    /** The source cited in the sentence nearest the fact, from "start,end,name" entries ordered by distance. */
    private static String citedIn(String citations, int[] sentence) {
        if (citations == null) {
            return null;
        }
        for (String citation : citations.split("\u001e")) {
            String[] parts = citation.split(",", 3);
            if (parts.length == 3 && Integer.parseInt(parts[0]) >= sentence[0] && Integer.parseInt(parts[1]) <= sentence[1]) {
                return parts[2];
            }
        }
        return null;
    }

    private static boolean inEvent(String value, Event event) {
        if (value.length() < 10 || value.startsWith("--")) {
            return false;
        }
        String end = (event.getEndDate() == null ? event.getStartDate() : event.getEndDate()).toString();
        return value.substring(0, 10).compareTo(end) <= 0
                && (value.length() >= 21 ? value.substring(11, 21) : value.substring(0, 10)).compareTo(event.getStartDate().toString()) >= 0;
    }

    private List<Row> linkedClaims(long eventId) {
        return rows("""
                SELECT c.id, c.text, c.kind, c.article_id, c.span_start, c.span_end, s.id, s.name, s.role,
                       co.id, co.name, co.kind, a.outlet_id
                FROM claim_event ce JOIN claim c ON c.id = ce.claim_id JOIN article a ON a.id = c.article_id
                LEFT JOIN speaker s ON s.id = c.speaker_id LEFT JOIN outlet co ON co.id = c.cited_outlet_id
                WHERE ce.event_id = ?1 AND ce.linked
                  AND EXISTS (SELECT 1 FROM article_event ae WHERE ae.article_id = c.article_id AND ae.event_id = ?1 AND ae.linked)
                ORDER BY c.id""", eventId);
    }

    private static ComparisonClaim claim(Row row) {
        return new ComparisonClaim().id(row.id(0)).text(row.text(1)).kind(ClaimKind.fromValue(row.text(2))).articleId(row.id(3))
                .span(new Span().start(((Number) row.values()[4]).intValue()).end(((Number) row.values()[5]).intValue()))
                .speaker(row.values()[6] == null ? null : new SpeakerRef().id(row.id(6)).name(row.text(7)).role(row.text(8)))
                .citedOutlet(row.values()[9] == null ? null : row.outlet(9));
    }


    /** The rows of a query whose parameters are ?1 (the event), ?2 ... in order. */
    @SuppressWarnings("unchecked")
    private List<Row> rows(String sql, long eventId, Object... more) {
        Query query = entityManager.createNativeQuery(sql).setParameter(1, eventId);
        for (int i = 0; i < more.length; i++) {
            query.setParameter(i + 2, more[i]);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(Row::new).toList();
    }

}
