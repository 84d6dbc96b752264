package news.parallax.claim;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import news.parallax.api.model.ArticleRef;
import news.parallax.api.model.Claim;
import news.parallax.api.model.ClaimKind;
import news.parallax.api.model.Facet;
import news.parallax.api.model.LinkMethod;
import news.parallax.api.model.Span;
import news.parallax.api.model.SpeakerRef;
import news.parallax.article.ArticleMapper;
import news.parallax.outlet.OutletMapper;
import news.parallax.paging.SqlQuery;
import news.parallax.problem.ApiProblem;

/**
 * Claims as the API shows them, read by id in two statements: the claims with their article, its outlet, the speaker and
 * the cited outlet; then their facets. Not as entities: a search page of 50 claims loaded as Hibernate entities (claims,
 * their articles, facets) took about half of the service's CPU for the request, and the flush at commit walked them
 * all again (JFR on a search, session 30).
 */
@ApplicationScoped
public class ClaimReads {

    private static final String CLAIMS = """
            SELECT c.id, c.text, c.kind, c.span_start, c.span_end, c.language, c.method, c.mention_kind, c.mention_text,
                   c.mention_key, a.id, a.url, a.title, a.language, a.published_at, ao.id, ao.name, ao.kind,
                   s.id, s.name, s.role, co.id, co.name, co.kind
            FROM unnest(CAST(?1 AS bigint[])) WITH ORDINALITY AS wanted(id, position)
            JOIN claim c ON c.id = wanted.id
            JOIN article a ON a.id = c.article_id
            LEFT JOIN outlet ao ON ao.id = a.outlet_id
            LEFT JOIN speaker s ON s.id = c.speaker_id
            LEFT JOIN outlet co ON co.id = c.cited_outlet_id
            ORDER BY wanted.position""";

    private static final String FACETS = """
            SELECT f.claim_id, f.type, f.key, f.value, f.unit, f.raw_text, f.span_start, f.span_end FROM facet f
            WHERE f.claim_id = ANY (CAST(?1 AS bigint[])) ORDER BY f.claim_id, f.span_start, f.id""";

    @Inject
    EntityManager entityManager;

    /** The claim, or 404. */
    public Claim byId(long id) {
        List<Claim> found = byIds(List.of(id));
        if (found.isEmpty()) {
            throw ApiProblem.notFound("claim", id);
        }
        return found.get(0);
    }

    /** The claims of {@code ids} that exist, in that order. */
    @SuppressWarnings("unchecked")
    public List<Claim> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] wanted = ids.toArray(Long[]::new);
        Map<Long, Claim> claims = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) entityManager.createNativeQuery(CLAIMS).setParameter(1, wanted).getResultList()) {
            Claim claim = claim(row);
            claims.put(claim.getId(), claim);
        }
        Map<Long, List<Facet>> facets = new HashMap<>();
        for (Object[] row : (List<Object[]>) entityManager.createNativeQuery(FACETS).setParameter(1, wanted).getResultList()) {
            facets.computeIfAbsent(id(row[0]), k -> new ArrayList<>()).add(new Facet().type(Facet.TypeEnum.fromValue((String) row[1]))
                    .key((String) row[2]).value((String) row[3]).unit((String) row[4]).rawText((String) row[5])
                    .span(new Span().start(number(row[6])).end(number(row[7]))));
        }
        claims.values().forEach(c -> c.setFacets(facets.getOrDefault(c.getId(), new ArrayList<>())));
        return new ArrayList<>(claims.values());
    }

    private static Claim claim(Object[] row) {
        ArticleRef article = new ArticleRef().id(id(row[10])).url(URI.create((String) row[11])).title((String) row[12])
                .language((String) row[13]).publishedAt(SqlQuery.time(row[14])).outlet(OutletMapper.fromRow(row, 15));
        return new Claim().id(id(row[0])).text((String) row[1]).kind(ClaimKind.fromValue((String) row[2]))
                .span(new Span().start(number(row[3])).end(number(row[4]))).language((String) row[5])
                .method(LinkMethod.fromValue((String) row[6])).article(article)
                .speaker(row[18] == null ? null : new SpeakerRef().id(id(row[18])).name((String) row[19]).role((String) row[20]))
                .citedOutlet(OutletMapper.fromRow(row, 21))
                .mention(ArticleMapper.mention((String) row[7], (String) row[8], (String) row[9]));
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}
