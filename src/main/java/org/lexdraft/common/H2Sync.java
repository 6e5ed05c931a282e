package org.lexdraft.common;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

/**
 * A write acknowledged on the embedded H2 database is on the device, not only in the operating
 * system's cache. {@code WRITE_DELAY=0} ({@link H2Durability}) makes H2 write each commit to its file
 * before the commit returns, which a killed process does not lose; but H2 never forces the file (a
 * trace of the write load shows a {@code pwrite64} per commit and no {@code fsync}), so a crash of the
 * operating system or a power cut could still lose acknowledged versions. After every transaction
 * during which the store took a new version, this forces the file, on the committing thread, before
 * the response is sent. PostgreSQL syncs its own commits: on it, and on an in-memory H2, this does
 * nothing.
 */
@ApplicationScoped
public class H2Sync {

    private static final Logger LOG = Logger.getLogger(H2Sync.class);

    @Inject
    DataSource dataSource;

    /** The open H2 file store, or null when the database is not an H2 file. */
    private volatile MVStore store;

    private volatile boolean h2File;

    /** The store's version when the thread's transaction began (JTA transactions are bound to a thread). */
    private final ThreadLocal<long[]> begun = ThreadLocal.withInitial(() -> new long[1]);

    private final AtomicLong syncs = new AtomicLong();

    /** Forces begun, numbered; and the number of the last one completed (written under this). */
    private final AtomicLong started = new AtomicLong();

    private long completed;

    void onStart(@Observes @Priority(1) StartupEvent event) { // before the start-up observers that write
        store = openStore();
        h2File = store != null;
    }

    void began(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        MVStore s = store;
        if (s != null) {
            begun.get()[0] = s.getCurrentVersion();
        }
    }

    /**
     * After the commit (or rollback) returned: force the file if anything was stored meanwhile. The
     * forces are shared: one that began after this commit returned covers it, so a writer that finds
     * one in progress waits for the next, which then serves all who waited (a group commit).
     */
    void ended(@Observes @Destroyed(TransactionScoped.class) Object transaction) {
        if (!h2File) {
            return;
        }
        MVStore s = store;
        if (s != null && !s.isClosed() && s.getCurrentVersion() == begun.get()[0]) {
            return; // nothing stored since this transaction began: nothing of it to force
        }
        long mine = started.get(); // a force numbered above this began after the commit returned
        synchronized (this) {
            if (completed > mine) {
                return;
            }
            try {
                if (s == null || s.isClosed()) {
                    s = openStore(); // H2 closed the database when its last connection closed, and reopened it
                    store = s;
                }
                if (s != null) {
                    long number = started.incrementAndGet();
                    s.sync();
                    completed = number;
                    syncs.incrementAndGet();
                }
            } catch (RuntimeException e) {
                // the transaction has committed: failing its request now would invite a second write
                LOG.errorf(e, "Could not force the H2 database file to the device after a commit");
            }
        }
    }

    /** Whether the database is an H2 file, whose commits this forces to the device. */
    public boolean active() {
        return h2File;
    }

    /** How many times the file was forced (for tests). */
    public long syncs() {
        return syncs.get();
    }

    private MVStore openStore() {
        try (Connection c = dataSource.getConnection()) {
            if (!c.isWrapperFor(JdbcConnection.class)) {
                return null;
            }
            var session = c.unwrap(JdbcConnection.class).getSession();
            if (!(session instanceof SessionLocal local) || !local.getDatabase().isPersistent()) {
                return null;
            }
            MVStore s = local.getDatabase().getStore().getMvStore();
            return s.getFileStore() == null ? null : s;
        } catch (SQLException e) {
            LOG.warnf(e, "Could not open the database to find its H2 file store");
            return null;
        }
    }
}
