package news.parallax.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.jboss.logging.Logger;
import org.tukaani.xz.XZInputStream;

import news.parallax.text.Sha256;

/**
 * A real PostgreSQL 17 server started from the binaries that zonky publishes on Maven Central,
 * with a persistent data directory, UTF-8 with a C.UTF-8 ctype, listening on 127.0.0.1 only.
 *
 * <p>We launch the binaries ourselves instead of through zonky's own launcher because PostgreSQL
 * refuses to run as root, and CI machines run as root. As root, every PostgreSQL command runs in
 * a fresh user namespace ({@code unshare --user}): inside it the server is an unprivileged user,
 * yet the kernel still checks file access as the real owner, so the data directory stays usable.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    public static final String DATABASE = "parallax";
    public static final String USER = "postgres";

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class);
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final long START_TIMEOUT_SECONDS = 60;

    private final Path binaries;
    private final Path dataDirectory;
    private final int port;
    private volatile boolean stopped;

    private EmbeddedPostgres(Path binaries, Path dataDirectory, int port) {
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /**
     * Starts a server on {@code dataDirectory}, creating the cluster on first use and reusing it
     * afterwards, including one left behind by a killed run. {@code port} 0 picks a free port.
     */
    public static EmbeddedPostgres start(Path dataDirectory, int port) throws IOException {
        Path binaries = unpackBinaries();
        Path data = dataDirectory.toAbsolutePath().normalize();
        EmbeddedPostgres server = new EmbeddedPostgres(binaries, data, port == 0 ? freePort() : port);
        server.stopServerLeftRunning();
        server.initClusterIfMissing();
        server.startServer();
        server.createDatabaseIfMissing();
        return server;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public int port() {
        return port;
    }

    /** Whether the server process is still there (false after close, a crash or a SIGKILL). */
    public boolean isAlive() {
        return !stopped && postmaster().isPresent();
    }

    /** The live process named in postmaster.pid, if there is one (it may not be PostgreSQL after a pid reuse). */
    private Optional<ProcessHandle> postmaster() {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Stops the server with a fast shutdown: open transactions roll back, committed data stays. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            run(60, bin("pg_ctl"), "stop", "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "30");
            LOG.infof("Embedded PostgreSQL stopped (data kept in %s)", dataDirectory);
        } catch (IOException e) {
            LOG.warnf("Embedded PostgreSQL did not stop cleanly: %s", e.getMessage());
        }
    }

    private void initClusterIfMissing() throws IOException {
        if (Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            return;
        }
        // initdb into a sibling directory and move it into place, so a run killed half-way
        // through initdb leaves nothing that looks like a cluster.
        Files.createDirectories(dataDirectory.getParent());
        Path staging = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".initdb-" + UUID.randomUUID());
        run(120, bin("initdb"), "-D", staging.toString(), "-U", USER, "-A", "trust",
                "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions");
        if (Files.isDirectory(dataDirectory)) {
            try (Stream<Path> leftovers = Files.list(dataDirectory)) {
                if (leftovers.findAny().isPresent()) {
                    deleteRecursively(staging);
                    throw new IOException("Embedded PostgreSQL data directory " + dataDirectory
                            + " is not empty but holds no cluster (no PG_VERSION); move it away or choose another directory");
                }
            }
            Files.delete(dataDirectory);
        }
        Files.move(staging, dataDirectory, StandardCopyOption.ATOMIC_MOVE);
        LOG.infof("Embedded PostgreSQL cluster created in %s", dataDirectory);
    }

    /** A JVM killed with SIGKILL leaves its server running; stop it so this run can own the cluster. */
    private void stopServerLeftRunning() throws IOException {
        Optional<ProcessHandle> process = postmaster();
        boolean isPostgres = process.flatMap(p -> p.info().command()).map(c -> c.endsWith("postgres")).orElse(false);
        if (isPostgres) {
            LOG.warnf("Stopping the PostgreSQL server (pid %d) an earlier run left on %s", process.get().pid(), dataDirectory);
            run(60, bin("pg_ctl"), "stop", "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "30");
        } else if (process.isPresent()) {
            // The pid was reused by an unrelated process; PostgreSQL would refuse to start.
            Files.delete(dataDirectory.resolve("postmaster.pid"));
        }
    }

    private void startServer() throws IOException {
        String options = String.join(" ",
                "-p", Integer.toString(port),
                "-c", "listen_addresses=127.0.0.1",
                "-c", "unix_socket_directories=''",
                "-c", "max_connections=100");
        run(START_TIMEOUT_SECONDS + 10, bin("pg_ctl"), "start", "-D", dataDirectory.toString(),
                "-o", options, "-l", dataDirectory.resolve("server.log").toString(),
                "-w", "-t", Long.toString(START_TIMEOUT_SECONDS));
        LOG.infof("Embedded PostgreSQL listening on 127.0.0.1:%d, data directory %s", port, dataDirectory);
    }

    private void createDatabaseIfMissing() throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, USER, "")) {
            var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                connection.createStatement().execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IOException("Could not create database " + DATABASE + " on embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private String bin(String name) {
        return binaries.resolve("bin").resolve(name).toString();
    }

    private static void run(long timeoutSeconds, String... command) throws IOException {
        List<String> line = new ArrayList<>();
        if (isRoot()) {
            line.addAll(List.of("unshare", "--user"));
        }
        line.addAll(Arrays.asList(command));
        Path output = Files.createTempFile("parallax-pg", ".out");
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            if (!finished || process.exitValue() != 0) {
                throw new IOException(String.join(" ", line) + " failed: " + Files.readString(output).strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while running " + command[0], e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static boolean isRoot() throws IOException {
        return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Unpacks the binaries once per archive into the temp directory, shared by all runs. */
    private static Path unpackBinaries() throws IOException {
        String os = System.getProperty("os.name").toLowerCase();
        String arch = System.getProperty("os.arch");
        URL archive = EmbeddedPostgres.class.getClassLoader().getResource(ARCHIVE);
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64")) || archive == null) {
            throw new IOException("Embedded PostgreSQL binaries are bundled for linux x86-64 only (this is "
                    + os + " " + arch + "); set QUARKUS_DATASOURCE_JDBC_URL to use an external PostgreSQL");
        }
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "parallax-postgres", sha256(archive.toString()));
        if (Files.exists(target.resolve("bin/postgres"))) {
            return target;
        }
        Path staging = target.resolveSibling(target.getFileName() + ".unpack-" + UUID.randomUUID());
        try (InputStream in = archive.openStream();
                TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(in))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = staging.resolve(entry.getName()).normalize();
                if (!path.startsWith(staging)) {
                    throw new IOException("Archive entry outside target: " + entry.getName());
                }
                Files.createDirectories(entry.isDirectory() ? path : path.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createLink(path, staging.resolve(entry.getLinkName()));
                } else if (entry.isFile()) {
                    Files.copy(tar, path);
                    Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                }
            }
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException e) {
            deleteRecursively(staging); // another process unpacked the same archive first
        }
        return target;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> result = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ .. OTHERS_EXECUTE, high bit first
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << (bits.length - 1 - i))) != 0) {
                result.add(bits[i]);
            }
        }
        return result;
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(Sha256.of(text), 0, 8);
    }

    public static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
