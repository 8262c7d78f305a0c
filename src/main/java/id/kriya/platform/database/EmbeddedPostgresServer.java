package id.kriya.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * A PostgreSQL 17 server run from the binaries on the class path. A persistent server keeps its data in a folder
 * that survives restarts and is guarded by a lock file, so a second Kriya on the same folder stops with a clear
 * message instead of corrupting the database.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    static final String USER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static EmbeddedPostgresServer sharedEphemeral;

    private final EmbeddedPostgres postgres;
    private final FileLock lock;
    private final boolean closeWithContext;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileLock lock, boolean closeWithContext) {
        this.postgres = postgres;
        this.lock = lock;
        this.closeWithContext = closeWithContext;
    }

    static EmbeddedPostgresServer persistent(Path dataDirectory, int port) {
        Path folder = dataDirectory.toAbsolutePath().normalize();
        FileLock lock = lockFolder(folder);
        if (!isFree(port)) {
            release(lock);
            throw new DatabasePortInUseException(port);
        }
        try {
            log.info("Starting embedded PostgreSQL with data in {} on port {}", folder, port);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(folder)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setRegisterShutdownHook(false)
                    .start();
            return new EmbeddedPostgresServer(postgres, lock, true);
        } catch (IOException | RuntimeException e) {
            release(lock);
            throw new IllegalStateException("The embedded PostgreSQL in " + folder + " did not start: " + e.getMessage(), e);
        }
    }

    /**
     * One throw-away server per JVM: Spring's test contexts come and go, the server stays for the run. Its own
     * shutdown hook is off because it would race Spring's: the server must stop after the last context closed.
     */
    static synchronized EmbeddedPostgresServer sharedEphemeral() {
        if (sharedEphemeral == null) {
            try {
                EmbeddedPostgresServer server = new EmbeddedPostgresServer(
                        EmbeddedPostgres.builder().setRegisterShutdownHook(false).start(), null, false);
                // After Spring has closed every context, so none is left talking to a stopped server.
                SpringApplication.getShutdownHandlers().add(server::stop);
                sharedEphemeral = server;
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded PostgreSQL for tests did not start", e);
            }
        }
        return sharedEphemeral;
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, "postgres");
    }

    @Override
    public void close() {
        if (closeWithContext) {
            stop();
        }
    }

    private void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        } finally {
            release(lock);
        }
    }

    /**
     * Whether nothing listens on the port yet. Checked first because PostgreSQL failing to bind a taken port goes
     * unnoticed: the start-up waits for the port to answer, and the server already there does.
     */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static FileLock lockFolder(Path folder) {
        try {
            Files.createDirectories(folder.getParent());
            Path lockFile = folder.resolveSibling(folder.getFileName() + ".lock");
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new DataFolderInUseException(folder);
            }
            return lock;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the data folder " + folder, e);
        }
    }

    /** Null when another process, or this one, already holds the folder. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            return null;
        }
    }

    private static void release(FileLock lock) {
        if (lock == null) {
            return;
        }
        try {
            lock.release();
            lock.channel().close();
        } catch (IOException e) {
            log.warn("Could not release the data folder lock", e);
        }
    }
}
