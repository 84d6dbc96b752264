package news.parallax.access;

import jakarta.enterprise.context.RequestScoped;

/** The caller of the current request, set by {@link AccessFilter} before the resource runs. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            throw new IllegalStateException("AccessFilter did not run for this request");
        }
        return caller;
    }

    boolean isSet() {
        return caller != null;
    }

    void set(Caller caller) {
        this.caller = caller;
    }
}
