package news.parallax.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import news.parallax.article.ArticleEntity;

/** A normalised fact (date, number, place, participant) stated by an article or one of its claims. */
@Entity
@Table(name = "facet")
public class FacetEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public ArticleEntity article;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_id")
    public ClaimEntity claim;

    public String type;

    public String key;

    public String value;

    public String unit;

    @Column(name = "raw_text")
    public String rawText;

    @Column(name = "span_start")
    public int spanStart;

    @Column(name = "span_end")
    public int spanEnd;
}
