package news.parallax.text;

/**
 * The term weighting shared by story discovery and event linking: inverse document frequency,
 * smoothed so that it stays positive when nothing is indexed yet (every term then weighs the same).
 */
public final class TfIdf {

    private TfIdf() {
    }

    /** {@code log(1 + (documents + 1) / (documentFrequency + 1))}. */
    public static double idf(int documentFrequency, int documents) {
        return Math.log(1 + (documents + 1.0) / (documentFrequency + 1.0));
    }
}
