package news.parallax.article;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import news.parallax.outlet.OutletEntity;

/** One published text. Rows are inserted by {@link ArticleRepository#insertIfNew}, so the id is not generated here. */
@Entity
@Table(name = "article")
public class ArticleEntity {

    @Id
    public Long id;

    public String url;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "outlet_id")
    public OutletEntity outlet;

    public String title;

    @Column(name = "title_normalized")
    public String titleNormalized;

    public String author;

    public String language;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    // the texts are loaded when first read: lists, claims and comparisons show an article without them
    @Basic(fetch = FetchType.LAZY)
    public String body;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "clean_text")
    public String cleanText;

    /**
     * Where the article's own text ends in {@code cleanText}, in code points: before a closing trailer of the publisher's
     * other articles' leads. Null for an article stored before it was kept (its whole clean text, until re-extracted).
     */
    @Column(name = "own_text_end")
    public Integer ownTextEnd;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @OneToMany(mappedBy = "article")
    @OrderBy("spanStart")
    public List<CitationEntity> citations = new ArrayList<>();
}
