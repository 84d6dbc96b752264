package news.parallax.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A test profile, hence its own application start and database, for tests whose writes would
 * crowd or change what every later test reads: thousands of generated outlets, speakers and
 * events (the fuzzers), or a re-extraction of every stored article.
 */
public class OwnDatabase implements QuarkusTestProfile {
}
