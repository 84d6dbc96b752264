package news.parallax.extraction;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import news.parallax.api.model.ClaimKind;
import news.parallax.api.model.ExtractRequest;
import news.parallax.api.model.ExtractedCitation;
import news.parallax.api.model.ExtractedClaim;
import news.parallax.api.model.Extraction;
import news.parallax.api.model.Facet;
import news.parallax.api.model.MentionKind;
import news.parallax.api.model.OutletKind;
import news.parallax.api.model.OutletRef;
import news.parallax.api.model.SourceRef;
import news.parallax.api.model.Span;
import news.parallax.api.model.SpeakerMention;
import news.parallax.api.model.SpeakerRef;
import news.parallax.text.LanguageGuess;

/** Runs {@link Extractor} against the registry for {@code POST /extract}, storing nothing. */
@ApplicationScoped
public class ExtractionService {

    @Inject
    RegistryCache registry;

    public Extraction preview(ExtractRequest request) {
        Extractor.Result result = Extractor.run(request.getText(), day(request.getPublishedAt()), registry.current());
        String language = request.getLanguage() != null ? request.getLanguage()
                : LanguageGuess.of(request.getText()).orElse("en");
        String clean = result.cleanText();
        Map<Found.Claim, List<Facet>> facetsByClaim = facetsOfClaims(result);
        return new Extraction().cleanText(clean).language(language).author(result.author())
                .citations(new ArrayList<>(result.citations().stream().map(c -> new ExtractedCitation().source(toApi(c.source()))
                        .sourceText(c.sourceText()).cue(c.cue()).span(span(clean, c.start(), c.end())).confidence(c.confidence()))
                        .toList()))
                .claims(new ArrayList<>(result.claims().stream().map(c -> new ExtractedClaim().text(c.text())
                        .kind(ClaimKind.fromValue(c.kind())).span(span(clean, c.start(), c.end())).speaker(toApi(c.speaker()))
                        .citedSource(c.citedSource() == null ? null : toApi(c.citedSource()))
                        .facets(new ArrayList<>(facetsByClaim.get(c)))).toList()))
                .facets(new ArrayList<>(result.facets().stream().map(f -> toApi(clean, f)).toList()));
    }

    private static Map<Found.Claim, List<Facet>> facetsOfClaims(Extractor.Result result) {
        Map<Found.Claim, List<Facet>> byClaim = new HashMap<>();
        for (Found.Claim claim : result.claims()) {
            byClaim.put(claim, result.facets().stream().filter(f -> f.inside(claim)).map(f -> toApi(result.cleanText(), f)).toList());
        }
        return byClaim;
    }

    private static SourceRef toApi(Found.Source source) {
        Registry.Entry entry = source.entry();
        return new SourceRef().name(source.name()).kind(source.kind()).resolution(SourceRef.ResolutionEnum.fromValue(
                source.resolution().name().toLowerCase()))
                .outlet(entry == null ? null : new OutletRef().id(entry.id()).name(entry.name()).kind(OutletKind.fromValue(entry.kind())))
                .mention(source.mention() == null ? null : MentionKind.fromValue(source.mention().name().toLowerCase()));
    }

    private static SpeakerMention toApi(Found.Speaker speaker) {
        if (speaker == null) {
            return null;
        }
        Registry.Entry entry = speaker.entry();
        return new SpeakerMention().name(speaker.name()).asWritten(speaker.asWritten()).role(speaker.role())
                .speaker(entry == null ? null : new SpeakerRef().id(entry.id()).name(entry.name()));
    }

    private static Facet toApi(String clean, Found.Facet facet) {
        return new Facet().type(Facet.TypeEnum.fromValue(facet.type())).key(facet.key()).value(facet.value()).unit(facet.unit())
                .rawText(facet.rawText()).span(span(clean, facet.start(), facet.end()));
    }

    /** UTF-16 indices into code point offsets, which is what every span in the API counts. */
    private static Span span(String text, int start, int end) {
        return new Span().start(text.codePointCount(0, start)).end(text.codePointCount(0, end));
    }

    private static LocalDate day(OffsetDateTime time) {
        return time == null ? null : time.toLocalDate(); // the day where it was published
    }
}
