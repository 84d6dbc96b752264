package news.parallax.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PgBouncer (Debian's package, {@code scripts/test.sh} installs it) in transaction pooling mode
 * in front of one database: what docs/deployment.md recommends between many instances and
 * PostgreSQL. Server-side prepared statements are off in the clients' URL ({@code
 * prepareThreshold=0}), as PgBouncer before 1.21 cannot pool them.
 */
final class PgBouncer implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/pgbouncer");

    final int port;
    private final Process process;

    private PgBouncer(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** Pools at most {@code serverConnections} connections to {@code database} on 127.0.0.1:{@code databasePort}. */
    static PgBouncer start(Path directory, int databasePort, String database, String user, int serverConnections) {
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            Files.createDirectories(directory);
            Path users = Files.writeString(directory.resolve("userlist.txt"), "\"" + user + "\" \"\"\n");
            Path ini = Files.writeString(directory.resolve("pgbouncer.ini"), String.join("\n",
                    "[databases]",
                    database + " = host=127.0.0.1 port=" + databasePort + " dbname=" + database,
                    "[pgbouncer]",
                    "listen_addr = 127.0.0.1",
                    "listen_port = " + port,
                    "unix_socket_dir =",
                    "auth_type = trust",
                    "auth_file = " + users,
                    "pool_mode = transaction",
                    "default_pool_size = " + serverConnections,
                    "max_client_conn = 200",
                    // the JDBC driver sends it at connect; PgBouncer refuses unknown start-up parameters otherwise
                    "ignore_startup_parameters = extra_float_digits",
                    "logfile = " + directory.resolve("pgbouncer.log"),
                    ""));
            List<String> command = new ArrayList<>();
            if (((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0) {
                command.addAll(List.of("unshare", "--user")); // PgBouncer refuses to run as root, as PostgreSQL does
            }
            command.addAll(List.of(BINARY.toString(), ini.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(directory.resolve("pgbouncer.out").toFile()).start();
            PgBouncer bouncer = new PgBouncer(port, process);
            bouncer.awaitListening(directory);
            return bouncer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?prepareThreshold=0";
    }

    private void awaitListening(Path directory) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("pgbouncer exited with " + process.exitValue() + ": " + Files.readString(directory.resolve("pgbouncer.out")));
            }
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
        }
        throw new IOException("pgbouncer did not listen on port " + port + " within 20 s");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
