package news.parallax.claim;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import news.parallax.api.model.Claim;
import news.parallax.api.model.ClaimCreate;
import news.parallax.article.ArticleEntity;
import news.parallax.article.ArticleService;
import news.parallax.claim.ClaimRepository.Filter;
import news.parallax.outlet.OutletService;
import news.parallax.paging.Cursor;
import news.parallax.paging.Page;
import news.parallax.problem.ApiProblem;
import news.parallax.speaker.SpeakerService;

@ApplicationScoped
public class ClaimService {

    @Inject
    ClaimRepository claims;

    @Inject
    ClaimReads reads;

    @Inject
    ArticleService articles;

    @Inject
    SpeakerService speakers;

    @Inject
    OutletService outlets;

    @Transactional
    public Claim get(long id) {
        return reads.byId(id);
    }

    @Transactional
    public Page<Claim> list(Filter filter, String cursor, int limit) {
        List<Claim> rows = reads.byIds(claims.page(filter, Cursor.decode(cursor), limit + 1));
        return Page.of(rows, limit, c -> new Cursor("", c.getId()));
    }

    /** A claim added by hand; its span must lie in the article's clean text and match {@code text} when given. */
    @Transactional
    public Claim addManual(long articleId, ClaimCreate request) {
        ArticleEntity article = articles.find(articleId);
        String text = article.cleanText;
        int start = request.getSpan().getStart();
        int end = request.getSpan().getEnd();
        int length = text.codePointCount(0, text.length());
        if (start >= end || end > length) {
            throw ApiProblem.badRequest("span", "[" + start + ", " + end + ") is not a span of the article's text, which has "
                    + length + " characters (offsets count Unicode code points, end is exclusive)");
        }
        String spanText = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
        if (request.getText() != null && !request.getText().equals(spanText)) {
            throw ApiProblem.badRequest("text", "differs from the article's text at [" + start + ", " + end + "), which is: "
                    + spanText);
        }
        ClaimEntity claim = new ClaimEntity();
        claim.article = article;
        claim.text = spanText;
        claim.spanStart = start;
        claim.spanEnd = end;
        claim.kind = request.getKind().toString();
        claim.speaker = request.getSpeaker() == null ? null : speakers.resolve("speaker", request.getSpeaker());
        claim.citedOutlet = request.getCitedOutlet() == null ? null : outlets.resolve("citedOutlet", request.getCitedOutlet());
        claim.language = request.getLanguage() == null ? article.language : request.getLanguage();
        claim.method = "manual";
        claims.persist(claim);
        claims.flush();
        return reads.byId(claim.id);
    }
}
