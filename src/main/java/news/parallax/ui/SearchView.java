package news.parallax.ui;

import java.util.List;

import io.quarkus.qute.RawString;
import news.parallax.api.model.ClaimSearchHit;

/** The search page: the form as it was filled in, the hits, the link to more, or what was wrong with the form. */
public record SearchView(String q, String language, String kind, List<Hit> hits, String more, String error) {

    /** A hit with its snippet escaped and its matches marked. */
    public record Hit(ClaimSearchHit hit, RawString snippet) {
    }
}
