package news.parallax.problem;

import static io.restassured.RestAssured.given;
import static news.parallax.testing.Api.api;
import static news.parallax.testing.Fixtures.uniqueUrl;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import news.parallax.testing.PostgresTestResource;

/** PostgreSQL goes away under the running service and comes back: 503s, then recovery without a restart. */
@QuarkusTest
class DatabaseOutageTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anExhaustedConnectionPoolAnswers503AfterTheAcquisitionTimeout() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) { // quarkus.datasource.jdbc.max-size
                held.add(dataSource.getConnection());
            }
            long started = System.nanoTime();
            api().get("/outlets").then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5");
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            assertTrue(seconds >= 4 && seconds < 10, "the 503 took " + seconds + " s; the acquisition timeout is 5 s");
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        api().get("/outlets").then().statusCode(200);
    }

    @Test
    void requestsFailFastWith503WhileTheDatabaseIsDownAndSucceedWhenItIsBack() throws Exception {
        api().get("/outlets").then().statusCode(200);
        PostgresTestResource.stopDatabase();
        try {
            long started = System.nanoTime();
            Response read = api().get("/outlets");
            read.then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5")
                    .body("detail", equalTo("The database is not reachable right now; retry in a few seconds"));
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            assertTrue(seconds < 10, "the 503 took " + seconds + " s");
            api().body(Map.of("url", uniqueUrl("outage"), "body", "Written while the database is down."))
                    .post("/articles").then().statusCode(503).contentType("application/problem+json");
            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        } finally {
            PostgresTestResource.startDatabase();
        }
        int status = 0;
        for (int attempt = 0; attempt < 30 && status != 200; attempt++) {
            status = api().get("/outlets").statusCode();
            if (status != 200) {
                Thread.sleep(1000);
            }
        }
        assertEquals(200, status, "the service did not recover within 30 s of the database's return");
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        api().body(Map.of("url", uniqueUrl("after-outage"), "body", "Written after the database came back."))
                .post("/articles").then().statusCode(201);
    }
}
