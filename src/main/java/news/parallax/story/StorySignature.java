package news.parallax.story;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import news.parallax.extraction.Found;
import news.parallax.text.Stems;

/**
 * What discovery compares an article by: the stems of its title and lead (topical words, in the
 * article's language) and typed keys for what it names whatever the language: places and people
 * by their registry name ("place:Douma", "person:Vladimir Putin"; curated people only, see {@link #of}),
 * full dates ("date:2018-04-07") and figures with what they count ("number:death_toll:70"). Keys let
 * an English article join an Arabic story, where no stem is shared.
 * <p>
 * A stem of the title is among the terms twice: as itself and as {@code "title:"} + stem, so that a
 * word of the title weighs more than a word of the lead only (the title says what the article is
 * about; the lead also carries background that neighbouring stories share; measured in docs/stories.md).
 */
public record StorySignature(List<String> terms, List<String> keys) {

    /** The lead: the opening of the clean text, where news puts who, what, where and when. */
    static final int LEAD_CHARACTERS = 400;

    /** Marks the second copy of a title stem; no stem has a colon. */
    static final String TITLE = "title:";

    /**
     * {@code ownText}, {@code facets}, {@code people}: of the article's own text, before a closing trailer of other articles'
     * leads ({@link news.parallax.extraction.Extractor.Result#ownText()}). {@code people}: the curated registry people it
     * names ({@link news.parallax.extraction.Extractor.Result#people()}),
     * not its participant facets, which also name the speakers ingest created from earlier articles: a signature must
     * not depend on what was ingested before (two runs over the same articles stored other person keys).
     */
    public static StorySignature of(String title, String ownText, List<Found.Facet> facets, List<String> people) {
        Set<String> titleStems = title == null ? Set.of() : Stems.of(title);
        Set<String> terms = new LinkedHashSet<>(titleStems);
        terms.addAll(Stems.of(lead(ownText)));
        titleStems.forEach(stem -> terms.add(TITLE + stem));
        Set<String> keys = new LinkedHashSet<>();
        people.forEach(person -> keys.add("person:" + person));
        for (Found.Facet facet : facets) {
            String key = key(facet);
            if (key != null) {
                keys.add(key);
            }
        }
        return new StorySignature(List.copyOf(terms), List.copyOf(keys));
    }

    /** Every feature of the signature: keys carry their kind as a prefix, so they never equal a stem. */
    public String[] features() {
        String[] all = new String[terms.size() + keys.size()];
        for (int i = 0; i < terms.size(); i++) {
            all[i] = terms.get(i);
        }
        for (int i = 0; i < keys.size(); i++) {
            all[terms.size() + i] = keys.get(i);
        }
        return all;
    }

    private static String key(Found.Facet facet) {
        return switch (facet.type()) {
            case "place" -> "place:" + facet.value();
            // a month or a year alone ("in May") is shared by too many stories to tell them apart
            case "date" -> facet.value().matches("\\d{4}-\\d{2}-\\d{2}") ? "date:" + facet.value() : null;
            // a bare number is anything; a number with what it counts is a fact of the happening
            case "number" -> facet.key() == null || facet.key().isBlank() ? null : "number:" + facet.key() + ":" + facet.value();
            default -> null;
        };
    }

    private static String lead(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= LEAD_CHARACTERS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', LEAD_CHARACTERS);
        return text.substring(0, cut > 0 ? cut : LEAD_CHARACTERS);
    }
}
