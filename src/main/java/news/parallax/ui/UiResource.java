package news.parallax.ui;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import news.parallax.api.model.Claim;
import news.parallax.api.model.ClaimKind;
import news.parallax.api.model.ClaimSearchSort;
import news.parallax.api.model.Event;
import news.parallax.api.model.Outlet;
import news.parallax.api.model.RelatedClaims;
import news.parallax.api.model.Speaker;
import news.parallax.api.model.StorySort;
import news.parallax.api.model.StorySummary;
import news.parallax.claim.ClaimRepository;
import news.parallax.claim.ClaimService;
import news.parallax.config.PublicUrl;
import news.parallax.event.EventRepository;
import news.parallax.event.EventService;
import news.parallax.outlet.OutletService;
import news.parallax.paging.Page;
import news.parallax.problem.ApiProblem;
import news.parallax.search.ClaimSearchService;
import news.parallax.speaker.SpeakerService;
import news.parallax.story.StoryService;

/**
 * The web pages at {@code /ui/}: Qute templates rendered on the server from the same services the
 * JSON API uses (not over HTTP). Not part of the contract: they are for people, and the API's
 * clients never see them. Reads need no key unless reads require one for the API too.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class UiResource {

    /** How many events, stories, hits and claims a page lists; the API pages through the rest. */
    static final int LIST = 50;
    /** Stories on the front page, beside the events. */
    private static final int RECENT_STORIES = 10;
    /** The API's default: a story only one outlet covers is rarely worth a look. */
    private static final int MIN_OUTLETS = 2;
    private static final int RELATED = 20;
    /** No script, no frames, no third-party anything: a rendered outlet text can do no harm. */
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'";

    @CheckedTemplate(basePath = "ui")
    static class Templates {
        static native TemplateInstance index(List<Event> events, List<StorySummary> stories);

        static native TemplateInstance stories(List<StorySummary> stories, String sort, int minOutlets, String more);

        static native TemplateInstance story(StoryView view);

        static native TemplateInstance event(EventView view);

        static native TemplateInstance search(SearchView view);

        static native TemplateInstance claim(RelatedClaims related);

        static native TemplateInstance speaker(Speaker speaker, List<Claim> claims, List<Tally> outlets);

        static native TemplateInstance outlet(Outlet outlet, List<Claim> published, List<Tally> speakers, List<Tally> cites,
                List<Claim> cited, List<Tally> citedBy);
    }

    /** How often a speaker or outlet occurs in a list of claims, with the page it links to. */
    public record Tally(String name, String href, int count) {
    }

    @Inject
    EventService events;

    @Inject
    EventPages eventPages;

    @Inject
    ClaimSearchService search;

    @Inject
    ClaimService claims;

    @Inject
    SpeakerService speakers;

    @Inject
    OutletService outlets;

    @Inject
    StoryService stories;

    @Inject
    StoryPages storyPages;

    @GET
    public Response root() {
        return Response.seeOther(PublicUrl.of(URI.create("/ui/"))).build();
    }

    @GET
    @Path("ui")
    public Response index() {
        return html(Templates.index(events.list(new EventRepository.Filter(null, null, null, null), null, LIST).items(),
                stories.list(new StoryService.Filter(null, null, MIN_OUTLETS, null, null, StorySort.RECENCY), null, RECENT_STORIES)
                        .items()));
    }

    /** Stories as the API lists them: sorted, filtered by how many outlets covered them, paged with the API's cursors. */
    @GET
    @Path("ui/stories")
    public Response stories(@QueryParam("sort") String sort, @QueryParam("minOutlets") String minOutlets,
            @QueryParam("cursor") String cursor) {
        StorySort storySort = sort == null || sort.isBlank() ? StorySort.RECENCY : option("sort", sort, StorySort.values());
        int atLeast = minOutlets == null || minOutlets.isBlank() ? MIN_OUTLETS : number("minOutlets", minOutlets, 1, 1000);
        Page<StorySummary> page = stories.list(new StoryService.Filter(null, null, atLeast, null, null, storySort), blankToNull(cursor),
                LIST);
        String more = page.next() == null ? null : UiFormat.ui() + "/stories?" + query(Map.of("sort", storySort.toString(),
                "minOutlets", Integer.toString(atLeast), "cursor", page.next().encode()));
        return html(Templates.stories(page.items(), storySort.toString(), atLeast, more));
    }

    @GET
    @Path("ui/stories/{storyId}")
    public Response story(@PathParam("storyId") Long storyId) {
        return html(Templates.story(storyPages.view(storyId)));
    }

    @GET
    @Path("ui/events/{eventId}")
    public Response event(@PathParam("eventId") Long eventId) {
        return html(Templates.event(eventPages.view(eventId)));
    }

    @GET
    @Path("ui/claims/{claimId}")
    public Response claim(@PathParam("claimId") Long claimId) {
        return html(Templates.claim(search.related(claimId, RELATED)));
    }

    @GET
    @Path("ui/speakers/{speakerId}")
    public Response speaker(@PathParam("speakerId") Long speakerId) {
        Speaker speaker = speakers.get(speakerId);
        List<Claim> said = claims.list(ClaimRepository.Filter.bySpeaker(speakerId), null, LIST).items();
        return html(Templates.speaker(speaker, said, tally(said, c -> c.getArticle().getOutlet() == null ? null
                : new Tally(c.getArticle().getOutlet().getName(), "/outlets/" + c.getArticle().getOutlet().getId(), 0))));
    }

    @GET
    @Path("ui/outlets/{outletId}")
    public Response outlet(@PathParam("outletId") Long outletId) {
        Outlet outlet = outlets.get(outletId);
        List<Claim> published = claims.list(ClaimRepository.Filter.byOutlet(outletId, "published"), null, LIST).items();
        List<Claim> cited = claims.list(ClaimRepository.Filter.byOutlet(outletId, "cited"), null, LIST).items();
        return html(Templates.outlet(outlet, published,
                tally(published, c -> c.getSpeaker() == null ? null
                        : new Tally(c.getSpeaker().getName(), "/speakers/" + c.getSpeaker().getId(), 0)),
                tally(published, c -> c.getCitedOutlet() == null ? null
                        : new Tally(c.getCitedOutlet().getName(), "/outlets/" + c.getCitedOutlet().getId(), 0)),
                cited,
                tally(cited, c -> c.getArticle().getOutlet() == null ? null
                        : new Tally(c.getArticle().getOutlet().getName(), "/outlets/" + c.getArticle().getOutlet().getId(), 0))));
    }

    /**
     * Claim search. A mistake in the form (no words, an unknown kind) is shown on the page with a
     * 400, where the person who typed it sees it, rather than as a problem document.
     */
    @GET
    @Path("ui/search")
    public Response search(@QueryParam("q") String q, @QueryParam("language") String language, @QueryParam("kind") String kind,
            @QueryParam("cursor") String cursor) {
        SearchView form = new SearchView(q == null ? "" : q, blankToNull(language), blankToNull(kind), List.of(), null, null);
        if (form.q().isBlank()) {
            return html(Templates.search(form));
        }
        try {
            if (form.language() != null && !List.of("ar", "en").contains(form.language())) {
                throw ApiProblem.badRequest("language", "must be ar or en, not '" + form.language() + "'");
            }
            ClaimKind claimKind = form.kind() == null ? null : option("kind", form.kind(), ClaimKind.values());
            Page<news.parallax.api.model.ClaimSearchHit> page = search.search(form.q(),
                    new ClaimSearchService.Filter(null, null, null, null, form.language(), null, null, claimKind), ClaimSearchSort.RELEVANCE,
                    blankToNull(cursor), LIST);
            List<SearchView.Hit> hits = page.items().stream()
                    .map(hit -> new SearchView.Hit(hit, UiFormat.highlighted(hit.getSnippet()))).toList();
            String more = page.next() == null ? null : UiFormat.ui() + "/search?" + query(Map.of("q", form.q(),
                    "language", form.language() == null ? "" : form.language(), "kind", form.kind() == null ? "" : form.kind(),
                    "cursor", page.next().encode()));
            return html(Templates.search(new SearchView(form.q(), form.language(), form.kind(), hits, more, null)));
        } catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            return html(Response.Status.BAD_REQUEST, Templates.search(new SearchView(form.q(), form.language(), form.kind(), List.of(),
                    null, problem.getMessage())));
        }
    }

    private static Response html(TemplateInstance page) {
        return html(Response.Status.OK, page);
    }

    private static Response html(Response.Status status, TemplateInstance page) {
        // rendered here, to a String, so that response filters see text and never try to serialise the template
        return Response.status(status).entity(page.render()).type(MediaType.TEXT_HTML + ";charset=UTF-8")
                .header("Content-Security-Policy", CSP).header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer").build();
    }

    /** Occurrences by name, most frequent first; {@code of} gives null for a claim that has none. */
    private static List<Tally> tally(List<Claim> claims, Function<Claim, Tally> of) {
        Map<String, Tally> counts = new LinkedHashMap<>();
        for (Claim claim : claims) {
            Tally one = of.apply(claim);
            if (one != null) {
                counts.merge(one.href(), new Tally(one.name(), UiFormat.ui() + one.href(), 1),
                        (a, b) -> new Tally(a.name(), a.href(), a.count() + 1));
            }
        }
        List<Tally> sorted = new ArrayList<>(counts.values());
        sorted.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return sorted;
    }

    /** The option of {@code options} written {@code value}; anything else is a 400 that names them all. */
    private static <E extends Enum<E>> E option(String field, String value, E[] options) {
        return Arrays.stream(options).filter(o -> o.toString().equals(value)).findFirst().orElseThrow(() -> {
            List<String> names = Arrays.stream(options).map(Object::toString).toList();
            return ApiProblem.badRequest(field, "must be " + String.join(", ", names.subList(0, names.size() - 1)) + " or "
                    + names.get(names.size() - 1) + ", not '" + value + "'");
        });
    }

    /** A number written in ASCII digits (as the API's parameters are; Java would also read Arabic-Indic ones) within bounds. */
    private static int number(String field, String value, int min, int max) {
        if (value.matches("[0-9]{1,9}") && Integer.parseInt(value) >= min && Integer.parseInt(value) <= max) {
            return Integer.parseInt(value);
        }
        throw ApiProblem.badRequest(field, "must be a whole number from " + min + " to " + max + ", not '" + value + "'");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String query(Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        new java.util.TreeMap<>(parameters).forEach((name, value) -> {
            if (!value.isEmpty()) {
                query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }
}
