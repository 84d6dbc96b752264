package news.parallax.article;

import java.net.URI;
import java.util.ArrayList;

import news.parallax.api.model.Article;
import news.parallax.api.model.ArticleRef;
import news.parallax.api.model.ArticleSummary;
import news.parallax.api.model.Citation;
import news.parallax.api.model.LinkMethod;
import news.parallax.api.model.MentionKind;
import news.parallax.api.model.SourceMention;
import news.parallax.api.model.Span;
import news.parallax.outlet.OutletMapper;

public final class ArticleMapper {

    private ArticleMapper() {
    }

    static ArticleSummary toSummary(ArticleEntity entity, int claimCount) {
        return new ArticleSummary().id(entity.id).url(URI.create(entity.url)).outlet(OutletMapper.toRef(entity.outlet))
                .title(entity.title).author(entity.author).language(entity.language).publishedAt(entity.publishedAt)
                .contentHash(entity.contentHash).claimCount(claimCount).createdAt(entity.createdAt);
    }

    static Article toApi(ArticleRepository.Whole whole) {
        ArticleEntity entity = whole.article();
        return new Article().id(entity.id).url(URI.create(entity.url)).outlet(OutletMapper.toRef(entity.outlet))
                .title(entity.title).author(entity.author).language(entity.language).publishedAt(entity.publishedAt)
                .contentHash(entity.contentHash).claimCount(whole.claimCount()).createdAt(entity.createdAt)
                .body(whole.body()).cleanText(whole.cleanText()).updatedAt(entity.updatedAt)
                .citations(new ArrayList<>(entity.citations.stream().map(ArticleMapper::toApi).toList()));
    }

    /** The short form claims and event links embed. */
    public static ArticleRef toRef(ArticleEntity entity) {
        return new ArticleRef().id(entity.id).url(URI.create(entity.url)).title(entity.title).language(entity.language)
                .publishedAt(entity.publishedAt).outlet(OutletMapper.toRef(entity.outlet));
    }

    private static Citation toApi(CitationEntity entity) {
        return new Citation().id(entity.id).outlet(OutletMapper.toRef(entity.outlet)).sourceText(entity.sourceText)
                .cue(entity.cue).span(new Span().start(entity.spanStart).end(entity.spanEnd))
                .confidence(entity.confidence).method(LinkMethod.fromValue(entity.method))
                .mention(mention(entity.mentionKind, entity.sourceText, entity.mentionKey));
    }

    /** A typed mention as the contract shows it, or null when the source is an outlet (or unknown). */
    public static SourceMention mention(String kind, String text, String key) {
        return kind == null ? null : new SourceMention().kind(MentionKind.fromValue(kind)).text(text).key(key);
    }
}
