package news.parallax.extraction;

import news.parallax.api.model.OutletKind;

/**
 * What extraction finds, in original clean-text offsets (UTF-16 indices, converted to code points
 * at the edge). Public so that bench/AttributionQuality.java scores exactly what {@code POST
 * /extract} returns.
 */
public final class Found {

    private Found() {
    }

    /** How a cited source was identified. */
    public enum Resolution { REGISTRY, NAMED, COLLECTIVE }

    /** What a source that is not an outlet is; it is kept as a mention, never added to the outlet registry. */
    public enum Mention { ANONYMOUS, COLLECTIVE, INSTITUTION, DOCUMENT }

    /**
     * A cited source: a registry outlet (entry set), a named outlet not in the registry, or a
     * source that is not an outlet ({@code mention} set: "مصدر أمني"، "الشرطة"، "البيان").
     */
    public record Source(String name, OutletKind kind, Resolution resolution, Registry.Entry entry, Mention mention) {
    }

    public record Citation(Source source, String sourceText, String cue, int start, int end, float confidence) {
    }

    /** A speaker as written, resolved to a registry speaker when {@code entry} is set. */
    public record Speaker(String name, String asWritten, String role, Registry.Entry entry) {
    }

    public record Facet(String type, String key, String value, String unit, String rawText, int start, int end) {

        /** Whether the claim states this facet: it lies inside the claim's text. */
        public boolean inside(Claim claim) {
            return start >= claim.start() && end <= claim.end();
        }
    }

    public record Claim(String text, String kind, int start, int end, Speaker speaker, Source citedSource) {
    }
}
