package news.parallax.deployment;

import static news.parallax.testing.Api.api;
import static news.parallax.testing.Fixtures.uniqueUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import news.parallax.config.EmbeddedPostgres;
import news.parallax.testing.Api;

/**
 * The packaged service with a read replica: a real streaming standby of the embedded PostgreSQL
 * 17 (a copy of the primary's data directory, taken while it was stopped, started with
 * {@code standby.signal}). Pausing the standby's replay makes visible which database answered:
 * an article another client has just written is missing on the replica only.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaIT {

    // long enough for a write and two reads on a busy machine; the test waits it out once
    private static final int MAX_LAG_SECONDS = 15;

    private static Path directory;
    private static EmbeddedPostgres primary;
    private static EmbeddedPostgres standby;
    private static ServiceProcess service;

    @BeforeAll
    static void startPrimaryStandbyAndService() throws Exception {
        directory = Files.createTempDirectory("parallax-replica");
        primary = EmbeddedPostgres.start(directory.resolve("primary"), 0);
        int primaryPort = primary.port();
        primary.close(); // a clean shutdown, so that a file copy is a consistent base backup
        Path standbyData = directory.resolve("standby");
        copyDataDirectory(primary.dataDirectory(), standbyData);
        Files.createFile(standbyData.resolve("standby.signal"));
        Files.writeString(standbyData.resolve("postgresql.auto.conf"),
                "primary_conninfo = 'host=127.0.0.1 port=" + primaryPort + " user=" + EmbeddedPostgres.USER + " application_name=standby'\n",
                StandardOpenOption.APPEND);
        primary = EmbeddedPostgres.start(primary.dataDirectory(), primaryPort);
        standby = EmbeddedPostgres.start(standbyData, 0);
        try (Connection connection = connect(standby); ResultSet row = connection.createStatement().executeQuery("SELECT pg_is_in_recovery()")) {
            row.next();
            assertTrue(row.getBoolean(1), "the copy runs as a standby");
        }

        service = ServiceProcess.start("replica", Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", primary.jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgres.USER,
                "QUARKUS_DATASOURCE_PASSWORD", "",
                "QUARKUS_DATASOURCE_REPLICA_JDBC_URL", standby.jdbcUrl(),
                "QUARKUS_DATASOURCE_REPLICA_USERNAME", EmbeddedPostgres.USER,
                "PARALLAX_READ_REPLICA_MAX_LAG", MAX_LAG_SECONDS + "S",
                "PARALLAX_EMBEDDED_POSTGRES_ENABLED", "false",
                "PARALLAX_ADMIN_KEY", Api.ADMIN_KEY,
                "PARALLAX_DEMO_LOAD", "never"));
        service.awaitReady(180);
        awaitReplicaState("in use");
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        for (EmbeddedPostgres server : new EmbeddedPostgres[] {standby, primary}) {
            if (server != null) {
                server.close();
            }
        }
        EmbeddedPostgres.deleteRecursively(directory);
    }

    @Test
    @Order(1)
    void readsComeFromTheReplicaAndAClientsReadAfterItsOwnWriteFromThePrimary() throws Exception {
        execute(standby, "SELECT pg_wal_replay_pause()");
        try {
            // the writer is the admin key; the reader an anonymous client (by address), who wrote nothing
            long id = api().port(service.port).body(Map.of("url", uniqueUrl("replica"), "body", "An article written while the replica waits."))
                    .post("/articles").then().statusCode(201).extract().jsonPath().getLong("id");
            // first, while the replica is less than the bound behind
            anonymous().get("/articles/{id}", id).then().statusCode(404); // the replica answered
            api().port(service.port).get("/articles/{id}", id).then().statusCode(200); // the writer's own read: the primary
            assertEquals(1, count(primary, "SELECT count(*) FROM article WHERE id = " + id), "the write went to the primary");
            assertEquals(0, count(standby, "SELECT count(*) FROM article WHERE id = " + id), "the standby has not replayed it");

            // a replica further behind than the bound serves nobody
            awaitReplicaState("lagging");
            anonymous().get("/articles/{id}", id).then().statusCode(200);
        } finally {
            execute(standby, "SELECT pg_wal_replay_resume()");
        }
        awaitReplicaState("in use");
    }

    @Test
    @Order(2)
    void aReplicaThatIsDownFallsBackToThePrimary() throws Exception {
        long id = api().port(service.port).body(Map.of("url", uniqueUrl("replica"), "body", "An article read while the replica is down."))
                .post("/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        awaitReplayed(id);
        anonymous().get("/articles/{id}", id).then().statusCode(200);

        standby.close();
        // at once, before the half-second check has noticed: the failed connection falls back
        anonymous().get("/articles/{id}", id).then().statusCode(200);
        anonymous().get("/outlets?limit=1").then().statusCode(200);
        awaitReplicaState("down");
        RestAssured.given().port(service.port).get("/q/health/ready").then().statusCode(200);
        anonymous().get("/articles/{id}", id).then().statusCode(200);

        standby = EmbeddedPostgres.start(standby.dataDirectory(), standby.port());
        awaitReplicaState("in use");
        anonymous().get("/articles/{id}", id).then().statusCode(200);
    }

    private static RequestSpecification anonymous() {
        return Api.anonymous().port(service.port);
    }

    private static void awaitReplicaState(String state) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String seen = null;
        while (System.nanoTime() < deadline) {
            seen = RestAssured.given().port(service.port).get("/q/health/ready").then().extract()
                    .path("checks.find { it.name == 'Read replica' }.data.state");
            if (state.equals(seen)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the read replica was not '" + state + "' within 60 s (last seen: '" + seen + "')");
    }

    private static void awaitReplayed(long article) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (count(standby, "SELECT count(*) FROM article WHERE id = " + article) == 0) {
            assertTrue(System.nanoTime() < deadline, "the standby did not replay article " + article);
            Thread.sleep(50);
        }
    }

    private static void copyDataDirectory(Path from, Path to) throws IOException {
        Set<String> leaveOut = Set.of("postmaster.pid", "postmaster.opts", "server.log");
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                if (!leaveOut.contains(path.getFileName().toString())) {
                    Files.copy(path, to.resolve(from.relativize(path).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static Connection connect(EmbeddedPostgres server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgres.USER, "");
    }

    private static void execute(EmbeddedPostgres server, String sql) throws SQLException {
        try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(EmbeddedPostgres server, String sql) throws SQLException {
        try (Connection connection = connect(server); ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
