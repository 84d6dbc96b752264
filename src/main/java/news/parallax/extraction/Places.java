package news.parallax.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.parallax.text.NameNormalizer;
import news.parallax.text.WordList;

/**
 * The places gazetteer shipped in {@code registry/places.json}: a name and its spellings in any script, its kind
 * (country, region, city), its country and the place it lies in. It tells whether a figure's sentence is about the
 * event's place or another one ("150 قتيلا في دوما" in an article about strikes on Damascus and Homs).
 */
public final class Places {

    /** A place of the gazetteer; {@code countries} empty for a wider area (Europe, the Middle East), which decides nothing. */
    public record Place(String name, String kind, Set<String> countries, String in) {
    }

    private static final Map<String, Place> BY_NAME = new HashMap<>();
    private static final Map<String, Registry.Entry> SHIPPED = load();
    private static final Registry PLACES_ONLY = new Registry(Map.of(), Map.of(), SHIPPED);
    /** Words before a place that make it a landmark something happened near ("قرب حمص", "حول المدينة"). */
    private static final Set<String> NEAR = WordList.normalized("facts/place-reference-cues.txt");
    /** Words before a place that make it where something happened ("في دوما", "مدينة دوما", "هجوم دوما"), or near it. */
    private static final Set<String> LOCATING = union(WordList.normalized("facts/place-cues.txt"), NEAR);
    /** Words that open a relative clause ({@code facts/relative-words.txt}): right after a place, the clause tells of it. */
    private static final Set<String> RELATIVE = WordList.normalized("facts/relative-words.txt");

    /** A place a text names, and whether it names it only as a landmark ("قرب دمشق"). */
    private record Named(Place place, boolean landmark) {
    }

    private Places() {
    }

    public static Map<String, Registry.Entry> shipped() {
        return SHIPPED;
    }

    /**
     * The places a text names, the most specific of each line: "Barzah and Him Shinshar area west of Homs" is Barzah
     * and Him Shinshar (Homs holds the second), "نقل السفارة إلى القدس ومجزرة غزة" Jerusalem and Gaza.
     */
    public static Set<String> mostSpecific(Collection<String> texts) {
        Set<Place> named = new LinkedHashSet<>();
        texts.forEach(text -> named(text, false).forEach(n -> named.add(n.place())));
        Set<String> specific = new LinkedHashSet<>();
        for (Place place : named) {
            if (named.stream().noneMatch(other -> other != place && contains(place, other))) {
                specific.add(place.name());
            }
        }
        return specific;
    }

    /**
     * Whether a sentence says its figure happened elsewhere than the event's places: it locates it ("في", "قرب",
     * "مدينة" ..., {@code facts/place-cues.txt}) in places of which none is, holds or lies in one of the event's (the
     * most specific decides: "مطار التيفور في ريف حمص" is the airbase, not Homs). A sentence that locates nothing
     * goes on from the sentence before it in its paragraph ({@code before}, may be empty): "أسفر هجوم في دوما عن ...
     * . وقتل أكثر من 40 شخصا". A country named as an actor ("أطلقت الولايات المتحدة 105 صواريخ") locates nothing.
     */
    public static boolean elsewhere(String sentence, String before, Set<String> eventPlaces) {
        List<Place> events = known(eventPlaces);
        if (events.isEmpty()) {
            return false;
        }
        List<Place> located = located(sentence);
        if (located.isEmpty()) {
            located = located(before);
        }
        return !located.isEmpty() && located.stream().noneMatch(p -> related(p, events));
    }

    /**
     * Whether a text names one of {@code places} (gazetteer names), a place that lies in one or one that holds it ("سوريا"
     * for strikes on Barzah); true when none of them is known, so that an unknown place decides nothing.
     */
    public static boolean namesAround(String text, Set<String> places) {
        List<Place> events = known(places);
        return events.isEmpty() || named(text, false).stream().anyMatch(n -> related(n.place(), events));
    }

    /** Whether a text names one of {@code places}, a place that lies in one or one that holds it; false when none is known. */
    public static boolean namesRelated(String text, Set<String> places) {
        List<Place> events = known(places);
        return !events.isEmpty() && named(text, false).stream().anyMatch(n -> related(n.place(), events));
    }

    /**
     * Whether a text locates something ("في الحديدة", "مطار الحديدة", {@code facts/place-cues.txt}) in one
     * of {@code places} or a place that lies in one: not a country that holds it, nor a place named as an actor ("موسكو تستدعي").
     */
    public static boolean locatesIn(String text, Set<String> places) {
        List<Place> events = known(places);
        return located(text).stream().anyMatch(p -> events.stream().anyMatch(e -> contains(e, p)));
    }

    /** Whether a text names a place, and only places, of which none is, holds or lies in one of {@code places}. */
    public static boolean namesOnlyOthers(String text, Set<String> places) {
        List<Place> events = known(places);
        List<Named> named = named(text, false).stream().filter(n -> !n.place().countries().isEmpty()).toList();
        return !events.isEmpty() && !named.isEmpty() && named.stream().noneMatch(n -> related(n.place(), events));
    }

    private static List<Place> known(Set<String> places) {
        return places.stream().map(BY_NAME::get).filter(p -> p != null && !p.countries().isEmpty()).toList();
    }

    private static boolean related(Place place, List<Place> events) {
        return events.stream().anyMatch(e -> contains(place, e) || contains(e, place));
    }

    /**
     * The most specific places a text locates something in, wider areas with no country left out; a landmark ("مدينة دوما
     * قرب دمشق") only when the text locates nothing in another place.
     */
    private static List<Place> located(String text) {
        List<Named> named = named(text, true).stream().filter(n -> !n.place().countries().isEmpty()).toList();
        boolean inPlace = named.stream().anyMatch(n -> !n.landmark());
        List<Place> located = named.stream().filter(n -> !inPlace || !n.landmark()).map(Named::place).toList();
        return located.stream().filter(p -> located.stream().noneMatch(other -> !other.equals(p) && contains(p, other))).distinct().toList();
    }

    /**
     * Where a text opens a relative clause right after a place it names ("... في شبه جزيرة القرم التي ضمتها روسيا إلى أراضيها
     * عام 2014"): the offset in the text of the clause's first word, or -1. What the clause goes on to date is the place's
     * history, not the time of a figure before it.
     */
    public static int placeClause(String text) {
        NormalizedText normalized = NormalizedText.of(text);
        List<Tokens.Token> tokens = normalized.tokens();
        List<String> keys = Tokens.keys(tokens);
        return PLACES_ONLY.placesWithin(keys).stream().filter(found -> found.to() < keys.size() && RELATIVE.contains(keys.get(found.to())))
                .mapToInt(found -> normalized.originalStart(tokens.get(found.to()).start())).findFirst().orElse(-1);
    }

    /** Whether the gazetteer's place of this name is a city (not a country or region). */
    public static boolean isCity(String name) {
        Place place = BY_NAME.get(name);
        return place != null && place.kind().equals("city");
    }

    /** Whether the gazetteer's place of this name is a country. */
    public static boolean isCountry(String name) {
        Place place = BY_NAME.get(name);
        return place != null && place.kind().equals("country");
    }

    /** Whether the gazetteer's place {@code inner} is the place {@code outer} or lies in it (Istanbul in Turkey); false for an unknown name. */
    public static boolean within(String outer, String inner) {
        Place outerPlace = BY_NAME.get(outer);
        Place innerPlace = BY_NAME.get(inner);
        return outerPlace != null && innerPlace != null && contains(outerPlace, innerPlace);
    }

    /** Whether {@code outer} is {@code inner}, a country it is in, or a place it lies in. */
    static boolean contains(Place outer, Place inner) {
        if (outer.equals(inner) || outer.kind().equals("country") && outer.countries().stream().anyMatch(inner.countries()::contains)) {
            return true;
        }
        Place parent = inner.in() == null ? null : BY_NAME.get(inner.in());
        return parent != null && contains(outer, parent);
    }

    /**
     * The places a text names, in order; with {@code locating}, only those a locating word, a "ب" or a located "و"-list
     * introduces, each marked as a landmark when a word of {@code facts/place-reference-cues.txt} introduces it (or the
     * list it is in).
     */
    private static List<Named> named(String text, boolean locating) {
        String normalized = NormalizedText.of(text).text; // shorter than the text when it has diacritics
        List<Tokens.Token> tokens = Tokens.of(normalized, 0, normalized.length());
        List<String> keys = Tokens.keys(tokens);
        List<Named> places = new ArrayList<>();
        boolean previousLocated = false;
        boolean previousLandmark = false;
        int previousEnd = -1;
        for (Registry.Found found : PLACES_ONLY.placesWithin(keys)) {
            Place place = BY_NAME.get(found.entry().name());
            String first = keys.get(found.from());
            String before = found.from() == 0 ? "" : keys.get(found.from() - 1);
            String cue = before.startsWith("و") && !LOCATING.contains(before) ? before.substring(1) : before;
            boolean listed = first.startsWith("و") && previousLocated && previousEnd == found.from();
            boolean located = !locating || LOCATING.contains(cue) || first.startsWith("ب") && !SHIPPED.containsKey(first) || listed;
            boolean landmark = NEAR.contains(cue) || listed && previousLandmark;
            if (located) {
                places.add(new Named(place, landmark));
            }
            previousLocated = located;
            previousLandmark = located && landmark;
            previousEnd = found.to();
        }
        return places;
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> union = new java.util.HashSet<>(first);
        union.addAll(second);
        return Set.copyOf(union);
    }

    private static Map<String, Registry.Entry> load() {
        try (InputStream in = Places.class.getClassLoader().getResourceAsStream("registry/places.json")) {
            Map<String, Registry.Entry> places = new HashMap<>();
            long id = 1;
            for (JsonNode node : new ObjectMapper().readTree(in).get("places")) {
                String name = node.get("name").asText();
                Set<String> countries = node.has("country") ? Set.of(node.get("country").asText().split("/")) : Set.of();
                BY_NAME.put(name, new Place(name, node.get("kind").asText(), countries, node.has("in") ? node.get("in").asText() : null));
                Registry.Entry entry = new Registry.Entry(id++, name, "place");
                places.putIfAbsent(NameNormalizer.normalize(name), entry);
                for (JsonNode spelling : node.get("spellings")) {
                    places.putIfAbsent(NameNormalizer.normalize(spelling.asText()), entry);
                }
            }
            return places;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read registry/places.json", e);
        }
    }
}
