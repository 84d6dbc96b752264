package news.parallax.config;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

/** The service publishes its contract as written, and the operational endpoints answer. */
@QuarkusTest
class ContractAndOperationsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void servesExactlyThePathsAndOperationsOfTheContractFile() throws IOException {
        JsonNode written = YAML.readTree(Files.readString(Path.of("openapi.yaml")));
        JsonNode served = YAML.readTree(given().get("/q/openapi").then().statusCode(200).extract().asString());
        assertEquals(operations(written), operations(served));
        assertEquals(written.at("/info/title").asText(), served.at("/info/title").asText());
        assertEquals(written.at("/components/schemas").size(), served.at("/components/schemas").size());
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
    }

    @Test
    void metricsArePublishedInPrometheusFormatToAdminsOnly() {
        given().header("Authorization", "Bearer " + news.parallax.testing.Api.ADMIN_KEY).get("/q/metrics").then().statusCode(200)
                .body(containsString("# TYPE jvm_memory_used_bytes gauge"));
        given().get("/q/metrics").then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().header("Authorization", "Bearer plx_unknownKey000000000000000000000000000000").get("/q/metrics").then()
                .statusCode(403).contentType("application/problem+json");
    }

    private static TreeSet<String> operations(JsonNode contract) {
        TreeSet<String> operations = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : contract.get("paths").properties()) {
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (!method.equals("parameters")) {
                    operations.add(method.toUpperCase() + " " + path.getKey() + " " + path.getValue().at("/" + method + "/operationId").asText());
                }
            });
        }
        return operations;
    }
}
