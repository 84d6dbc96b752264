package news.parallax.claim;

import java.util.ArrayList;

import news.parallax.api.model.Claim;
import news.parallax.api.model.ClaimKind;
import news.parallax.api.model.Facet;
import news.parallax.api.model.LinkMethod;
import news.parallax.api.model.Span;
import news.parallax.article.ArticleMapper;
import news.parallax.outlet.OutletMapper;
import news.parallax.speaker.SpeakerMapper;

public final class ClaimMapper {

    private ClaimMapper() {
    }

    public static Claim toApi(ClaimEntity entity) {
        return new Claim().id(entity.id).text(entity.text).kind(ClaimKind.fromValue(entity.kind))
                .span(new Span().start(entity.spanStart).end(entity.spanEnd)).language(entity.language)
                .method(LinkMethod.fromValue(entity.method)).article(ArticleMapper.toRef(entity.article))
                .speaker(SpeakerMapper.toRef(entity.speaker)).citedOutlet(OutletMapper.toRef(entity.citedOutlet))
                .mention(ArticleMapper.mention(entity.mentionKind, entity.mentionText, entity.mentionKey))
                .facets(new ArrayList<>(entity.facets.stream().map(ClaimMapper::toApi).toList()));
    }

    private static Facet toApi(FacetEntity entity) {
        return new Facet().type(Facet.TypeEnum.fromValue(entity.type)).key(entity.key).value(entity.value).unit(entity.unit)
                .rawText(entity.rawText).span(new Span().start(entity.spanStart).end(entity.spanEnd));
    }
}
