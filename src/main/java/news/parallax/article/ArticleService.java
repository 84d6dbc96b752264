package news.parallax.article;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import news.parallax.api.model.Article;
import news.parallax.api.model.ArticleSummary;
import news.parallax.article.ArticleRepository.Filter;
import news.parallax.paging.Cursor;
import news.parallax.paging.Page;
import news.parallax.problem.ApiProblem;

/** Reading and deleting articles; they are written by the ingest pipeline ({@code news.parallax.ingest}). */
@ApplicationScoped
public class ArticleService {

    @Inject
    ArticleRepository articles;

    /** One statement: run in autocommit (no transaction), which saves the COMMIT's round trip on the most frequent read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Article get(long id) {
        return ArticleMapper.toApi(articles.findWhole(id).orElseThrow(() -> ApiProblem.notFound("article", id)));
    }

    @Transactional
    public Page<ArticleSummary> list(Filter filter, String cursor, int limit) {
        List<ArticleEntity> rows = articles.page(filter, Cursor.decode(cursor), limit + 1);
        Map<Long, Integer> counts = articles.claimCounts(rows.stream().map(a -> a.id).toList());
        List<ArticleSummary> items = rows.stream().map(a -> ArticleMapper.toSummary(a, counts.getOrDefault(a.id, 0))).toList();
        return Page.of(items, limit,
                a -> new Cursor(a.getPublishedAt() == null ? "" : a.getPublishedAt().toString(), a.getId()));
    }

    @Transactional
    public void delete(long id) {
        articles.delete(find(id));
    }

    /** The article entity, for other features that attach data to it. */
    @Transactional
    public ArticleEntity find(long id) {
        return articles.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("article", id));
    }
}
