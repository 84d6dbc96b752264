package news.parallax.config;

import java.net.URI;

import org.eclipse.microprofile.config.ConfigProvider;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.WithDefault;

/**
 * Where clients reach the service: {@code parallax.public.url} (PARALLAX_PUBLIC_URL), the scheme,
 * host, port and any path prefix a proxy adds, such as {@code https://api.example.org}. Links
 * ({@code next}, {@code Link}, {@code Location}) are built from it and never from the request's
 * Host header, which any client can set: a shared cache would otherwise keep and hand out links
 * to a host of the attacker's choosing.
 */
@ConfigMapping(prefix = "parallax.public")
public interface PublicUrl {

    /** {@code parallax.public.url}, set as PARALLAX_PUBLIC_URL. */
    @WithDefault("http://localhost:8080")
    URI url();

    /** Refuses to start with a public URL that links cannot be built on. */
    @jakarta.enterprise.context.ApplicationScoped
    class Check {

        void onStart(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent event, PublicUrl configured) {
            URI url = configured.url();
            if (!url.isAbsolute() || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))
                    || url.getHost() == null || url.getRawQuery() != null || url.getRawFragment() != null) {
                throw new IllegalStateException("PARALLAX_PUBLIC_URL must be an absolute http or https URL without query,"
                        + " such as https://api.example.org, not '" + url + "'");
            }
        }
    }

    /** The configured URL without a trailing slash, ready to take an absolute path. */
    static String base() {
        String url = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(PublicUrl.class).url().toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** {@code uri}'s path and query on the public URL; its scheme and host, if any, are dropped. */
    static URI of(URI uri) {
        return URI.create(base() + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }
}
