package news.parallax.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The role each operation needs, read from the {@code x-required-role} of the contract itself,
 * so the documented and the enforced rules cannot drift apart. Operations are known by their
 * operationId, which is also the name of the generated interface method.
 */
@ApplicationScoped
public class RequiredRoles {

    private final Map<String, Role> byOperation = load("META-INF/openapi.yaml");

    public Optional<Role> of(String operationId) {
        return Optional.ofNullable(byOperation.get(operationId));
    }

    static Map<String, Role> load(String contract) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(contract)) {
            if (in == null) {
                throw new IllegalStateException(contract + " is missing from the classpath");
            }
            Map<String, Role> roles = new HashMap<>();
            for (JsonNode path : new ObjectMapper(new YAMLFactory()).readTree(in).path("paths")) {
                path.forEach(operation -> {
                    if (operation.has("operationId") && operation.has("x-required-role")) {
                        roles.put(operation.get("operationId").asText(), Role.of(operation.get("x-required-role").asText()));
                    }
                });
            }
            return Map.copyOf(roles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
