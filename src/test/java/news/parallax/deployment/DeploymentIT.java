package news.parallax.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * What the build hands to Kubernetes ({@code target/kubernetes/kubernetes.yml}), and what the
 * packaged service does when it runs as in the container image without a database.
 */
class DeploymentIT {

    private static final Path MANIFEST = Path.of(System.getProperty("parallax.kubernetes.manifest", "target/kubernetes/kubernetes.yml"));
    private static final List<JsonNode> RESOURCES = new ArrayList<>();

    @BeforeAll
    static void readManifest() throws IOException {
        new YAMLMapper().readerFor(JsonNode.class).readValues(MANIFEST.toFile()).forEachRemaining(node -> RESOURCES.add((JsonNode) node));
    }

    @Test
    void theDeploymentProbesHealthAndTakesItsSecretsFromTheSecret() {
        JsonNode deployment = resource("Deployment");
        assertEquals(2, deployment.at("/spec/replicas").asInt());
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals(8080, container.at("/readinessProbe/httpGet/port").asInt());
        assertEquals("768Mi", container.at("/resources/requests/memory").asText());
        assertEquals("500m", container.at("/resources/requests/cpu").asText());
        assertEquals("1536Mi", container.at("/resources/limits/memory").asText());
        assertEquals("IfNotPresent", container.at("/imagePullPolicy").asText());

        Map<String, String> fromSecret = Map.of("PARALLAX_ADMIN_KEY", "admin-key", "PARALLAX_CURSOR_SECRET", "cursor-secret",
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc-url", "QUARKUS_DATASOURCE_USERNAME", "username",
                "QUARKUS_DATASOURCE_PASSWORD", "password");
        fromSecret.forEach((variable, key) -> {
            JsonNode reference = env(container, variable).at("/valueFrom/secretKeyRef");
            assertEquals("parallax", reference.at("/name").asText(), variable);
            assertEquals(key, reference.at("/key").asText(), variable);
        });
        assertEquals("false", env(container, "PARALLAX_EMBEDDED_POSTGRES_ENABLED").at("/value").asText());
        assertEquals("parallax", container.at("/envFrom/0/configMapRef/name").asText());
    }

    @Test
    void theServiceReachesThePodsAndNoMigrationJobIsGenerated() {
        JsonNode service = resource("Service");
        assertEquals(8080, service.at("/spec/ports/0/targetPort").asInt());
        assertEquals("parallax", service.at("/spec/selector").path("app.kubernetes.io/name").asText());
        // Flyway runs in the instances, behind its lock on the database, not in a Job that needs another image
        assertFalse(RESOURCES.stream().anyMatch(r -> r.path("kind").asText().equals("Job")), "a Job was generated");
    }

    @Test
    void withTheEmbeddedDatabaseDisabledAndNoDatabaseUrlTheServiceStopsAtOnceSayingWhatToSet() throws Exception {
        ServiceProcess service = ServiceProcess.start("no-database", Map.of("PARALLAX_EMBEDDED_POSTGRES_ENABLED", "false"));
        try {
            assertTrue(service.process.waitFor(60, TimeUnit.SECONDS), "the service did not stop");
            assertEquals(2, service.process.exitValue());
            String output = Files.readString(service.log);
            assertTrue(output.contains("Parallax cannot start: QUARKUS_DATASOURCE_JDBC_URL is not set"), output);
            assertFalse(output.contains("Exception"), output);
        } finally {
            service.close();
        }
    }

    private static JsonNode resource(String kind) {
        return RESOURCES.stream().filter(r -> r.path("kind").asText().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + MANIFEST));
    }

    private static JsonNode env(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals(name)) {
                return variable;
            }
        }
        throw new AssertionError("no environment variable " + name + " in the container");
    }
}
