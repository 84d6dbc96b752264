package news.parallax.config;

import java.net.URI;

import org.eclipse.microprofile.config.ConfigProvider;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Where clients reach the service: {@code parallax.public-url} (PARALLAX_PUBLIC_URL), the scheme,
 * host, port and any path prefix a proxy adds, such as {@code https://api.example.org}. Links
 * ({@code next}, {@code Link}, {@code Location}) are built from it and never from the request's
 * Host header, which any client can set: a shared cache would otherwise keep and hand out links
 * to a host of the attacker's choosing.
 */
@ConfigMapping(prefix = "parallax")
public interface PublicUrl {

    @WithName("public-url")
    @WithDefault("http://localhost:8080")
    URI publicUrl();

    /** The configured URL without a trailing slash, ready to take an absolute path. */
    static String base() {
        String url = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(PublicUrl.class).publicUrl().toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** {@code uri}'s path and query on the public URL; its scheme and host, if any, are dropped. */
    static URI of(URI uri) {
        return URI.create(base() + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }
}
