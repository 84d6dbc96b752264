package news.parallax.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import news.parallax.outlet.OutletEntity;

/** An article attributing information to an outlet or source. Written by extraction. */
@Entity
@Table(name = "citation")
public class CitationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public ArticleEntity article;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "outlet_id")
    public OutletEntity outlet;

    @Column(name = "source_text")
    public String sourceText;

    public String cue;

    @Column(name = "span_start")
    public int spanStart;

    @Column(name = "span_end")
    public int spanEnd;

    public float confidence;

    public String method;

    /** Set when the source is not an outlet: its kind (a {@code MentionKind}) and normalised key; the text is {@link #sourceText}. */
    @Column(name = "mention_kind")
    public String mentionKind;

    @Column(name = "mention_key")
    public String mentionKey;
}
