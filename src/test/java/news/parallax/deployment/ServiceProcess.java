package news.parallax.deployment;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) run as its own process, as
 * in production: the settings it gets are the environment variables of a container.
 */
final class ServiceProcess implements AutoCloseable {

    static final Path JAR = Path.of(System.getProperty("parallax.app.jar", "target/quarkus-app/quarkus-run.jar"));

    final String name;
    final int port;
    final Process process;
    final Path log;

    private ServiceProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts the jar with {@code environment} on top of a clean one (no database or Parallax settings inherited). */
    static ServiceProcess start(String name, Map<String, String> environment) {
        int port = freePort();
        Path log = JAR.getParent().getParent().resolve("it-" + name + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString())).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("QUARKUS_") || key.startsWith("PARALLAX_"));
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("PARALLAX_PUBLIC_URL", "http://localhost:" + port);
        builder.environment().putAll(environment);
        try {
            return new ServiceProcess(name, port, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code /q/health/ready} answers 200; fails with the end of the log if the process exits or takes too long. */
    void awaitReady(long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("instance " + name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (given().port(port).get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notListeningYet) {
                // connection refused until the HTTP server is up (RestAssured throws the checked ConnectException undeclared)
            }
            Thread.sleep(250);
        }
        throw new AssertionError("instance " + name + " was not ready within " + seconds + " s:\n" + logTail());
    }

    /**
     * Resident memory of the process in MiB, from /proc (Linux); -1 once the process has exited (it has no /proc entry then),
     * so that a clean-up can go on to stop the rest.
     */
    long residentMiB() {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
