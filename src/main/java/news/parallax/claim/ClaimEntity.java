package news.parallax.claim;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import news.parallax.article.ArticleEntity;
import news.parallax.outlet.OutletEntity;
import news.parallax.speaker.SpeakerEntity;
import news.parallax.text.SearchForm;

/** A statement in an article, attributed to a speaker and possibly reported through a cited outlet. */
@Entity
@Table(name = "claim")
public class ClaimEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public ArticleEntity article;

    public String text;

    /** {@link SearchForm} of {@link #text}; the search vector is generated from it. */
    @Column(name = "text_normalized")
    public String textNormalized;

    @Column(name = "span_start")
    public int spanStart;

    @Column(name = "span_end")
    public int spanEnd;

    /** One of the contract's {@code ClaimKind} values. */
    public String kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_id")
    public SpeakerEntity speaker;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cited_outlet_id")
    public OutletEntity citedOutlet;

    /** A source that is neither a person nor an outlet, as a typed mention: its kind (a {@code MentionKind}), text and normalised key. */
    @Column(name = "mention_kind")
    public String mentionKind;

    @Column(name = "mention_text")
    public String mentionText;

    @Column(name = "mention_key")
    public String mentionKey;

    public String language;

    public String method;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @OneToMany(mappedBy = "claim")
    @OrderBy("spanStart")
    public List<FacetEntity> facets = new ArrayList<>();

    @PrePersist
    @PreUpdate
    void normalizeText() {
        textNormalized = SearchForm.of(text);
    }
}
