/*
 * Starts Neo4j Community embedded with Bolt on loopback, for development and tests.
 *
 * Configuration comes from system properties (set by tools/neo4j/local-neo4j.ts):
 *   neo4j.home         folder for data and logs (created when missing; survives restarts)
 *   neo4j.boltPort     Bolt port on 127.0.0.1
 *   NEO4J_LAUNCHER_PASSWORD (environment) password of the `neo4j` user, set on every start; kept out of argv
 *   neo4j.txTimeout    transaction timeout in seconds
 *   neo4j.pageCacheMb  page cache size in MiB
 *   neo4j.txMemoryMb   most heap one transaction may use, in MiB (a runaway query fails instead of the JVM)
 *
 * Protocol with the parent process: one line `READY bolt://127.0.0.1:<port>` on stdout once the
 * database answers; `FAILED <reason>` and exit code 1 when it cannot start. The launcher stops the
 * database cleanly on SIGINT/SIGTERM, and also when its stdin closes or its parent process is gone,
 * so a crashed parent never leaves an orphan JVM holding the port and the store lock.
 */
package org.kgexplorer.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

public final class Neo4jLauncher {
    private static final String LOOPBACK = "127.0.0.1";

    private static final CountDownLatch stopRequested = new CountDownLatch(1);
    private static final AtomicBoolean stopped = new AtomicBoolean(false);
    private static volatile DatabaseManagementService dbms;

    /**
     * The start-up transactions (password, first query) get their own generous timeout rather than the short one meant
     * for user queries: on a machine whose cores are busy with other work they can take longer than that.
     */
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(5);

    private Neo4jLauncher() {}

    public static void main(String[] args) {
        Path home = Path.of(required("neo4j.home")).toAbsolutePath();
        int boltPort = Integer.parseInt(System.getProperty("neo4j.boltPort", "7687"));
        String password = System.getenv("NEO4J_LAUNCHER_PASSWORD");
        if (password == null || password.isEmpty()) {
            System.out.println("FAILED the NEO4J_LAUNCHER_PASSWORD environment variable is empty");
            System.exit(2);
        }
        long txTimeoutSeconds = Long.parseLong(System.getProperty("neo4j.txTimeout", "30"));
        long pageCacheMb = Long.parseLong(System.getProperty("neo4j.pageCacheMb", "256"));
        long txMemoryMb = Long.parseLong(System.getProperty("neo4j.txMemoryMb", "512"));

        Runtime.getRuntime().addShutdownHook(new Thread(Neo4jLauncher::stop, "neo4j-shutdown"));
        watchParent();

        try {
            Files.createDirectories(home);
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, boltPort))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(LOOPBACK, boltPort))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    // LOAD CSV must never read the machine's files.
                    .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                    .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMb * 1024 * 1024)
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, txMemoryMb * 1024 * 1024)
                    .build();
            setPassword(password);
            dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
                    .executeTransactionally("RETURN 1", Map.of(), result -> null, STARTUP_TIMEOUT);
        } catch (Throwable e) {
            System.out.println("FAILED " + rootMessage(e));
            System.out.flush();
            stop();
            Runtime.getRuntime().halt(1);
        }

        System.out.println("READY bolt://" + LOOPBACK + ":" + boltPort);
        System.out.flush();
        try {
            stopRequested.await();
        } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt();
        }
        stop();
        System.exit(0);
    }

    /** Sets the `neo4j` user's password; a first start would otherwise demand a change before any query. */
    private static void setPassword(String password) {
        try {
            // Its own generous timeout: the users' transaction timeout is for their queries, and on a busy machine
            // a cold JVM can take longer than that to plan this first statement.
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally(
                            "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                            Map.of("password", password),
                            result -> null,
                            STARTUP_TIMEOUT);
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to the one already set; that is the normal warm start.
            if (!rootMessage(e).toLowerCase().contains("same")) {
                throw e;
            }
        }
    }

    /** Stops when stdin reaches end-of-file or the parent process disappears (killed with SIGKILL, say). */
    private static void watchParent() {
        Thread stdinWatcher = new Thread(
                () -> {
                    try (InputStream in = System.in) {
                        while (in.read() != -1) {
                            // The parent writes nothing; any byte is ignored.
                        }
                    } catch (IOException ignored) {
                        // A broken pipe means the parent is gone, the same as end-of-file.
                    }
                    stopRequested.countDown();
                },
                "stdin-watcher");
        stdinWatcher.setDaemon(true);
        stdinWatcher.start();

        ProcessHandle.current().parent().ifPresent(parent -> {
            Thread parentWatcher = new Thread(
                    () -> {
                        while (parent.isAlive()) {
                            try {
                                TimeUnit.SECONDS.sleep(1);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                        stopRequested.countDown();
                    },
                    "parent-watcher");
            parentWatcher.setDaemon(true);
            parentWatcher.start();
        });
    }

    private static void stop() {
        if (dbms != null && stopped.compareAndSet(false, true)) {
            try {
                dbms.shutdown();
            } catch (RuntimeException e) {
                System.err.println("Neo4j did not shut down cleanly: " + rootMessage(e));
            }
        }
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            System.out.println("FAILED missing system property " + name);
            System.exit(2);
        }
        return value;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            text.append(" <- ").append(cause.getMessage());
        }
        return text.toString().replace('\n', ' ');
    }
}
