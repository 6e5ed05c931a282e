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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * during which the file was written, this forces the file, on the committing thread, before the
 * response is sent. PostgreSQL syncs its own commits: on it, and on an in-memory H2, this does nothing.
 *
 * <p>"Written" is H2's count of completed file writes, not the store's version: under concurrency
 * another session's store can write this transaction's pages while this one's own store then finds
 * nothing left to write, so the version need not move although the transaction's data went to the
 * file meanwhile. Every chunk that holds a transaction's data is written after the transaction began.
 */
@ApplicationScoped
public class H2Sync {

    private static final Logger LOG = Logger.getLogger(H2Sync.class);

    @Inject
    DataSource dataSource;

    /** The open H2 file store, or null when the database is not an H2 file or not yet found. */
    private volatile MVStore store;

    /** Whether the database is an H2 file; null until that could be found out (it is tried again). */
    private volatile Boolean h2File;

    /** The store and its count of file writes when each open transaction began, by transaction id. */
    private final Map<Object, Mark> begun = new ConcurrentHashMap<>();

    private final AtomicLong syncs = new AtomicLong();

    /** The store last forced, and its count of file writes read just before that force (under this). */
    private MVStore forcedStore;

    private long forcedUpTo;

    private final Object resolving = new Object();

    private record Mark(MVStore store, long writes) {}

    void onStart(@Observes @Priority(1) StartupEvent event) { // before the start-up observers that write
        resolve();
    }

    void began(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        MVStore s = store;
        if (s != null && !s.isClosed()) {
            begun.put(transaction, new Mark(s, s.getFileStore().getWriteCount()));
        }
    }

    /**
     * After the commit (or rollback) returned: force the file if it was written meanwhile. The forces
     * are shared: one whose count of writes, read before it, covers the count read after this commit
     * returned includes this commit's data, so a writer finding one in progress waits for it and may
     * then have nothing left to do (a group commit).
     */
    void ended(@Observes @Destroyed(TransactionScoped.class) Object transaction) {
        Mark mark = begun.remove(transaction);
        if (Boolean.FALSE.equals(h2File)) {
            return;
        }
        MVStore s = store;
        if (s == null || s.isClosed()) {
            // H2 closes the database when its last connection closes (an idle pool), and the next
            // connection opens a new store: this transaction wrote to that one
            s = resolve();
            if (s == null) {
                return;
            }
        } else if (mark != null && mark.store == s && s.getFileStore().getWriteCount() == mark.writes) {
            return; // the file was not written since this transaction began: nothing of it to force
        }
        force(s);
    }

    private void force(MVStore s) {
        long written = s.getFileStore().getWriteCount(); // includes the writes of this commit
        synchronized (this) {
            if (forcedStore == s && forcedUpTo >= written) {
                return; // a force that began after this commit returned has completed
            }
            try {
                long upTo = s.getFileStore().getWriteCount();
                s.sync();
                forcedStore = s;
                forcedUpTo = upTo;
                syncs.incrementAndGet();
            } catch (RuntimeException e) {
                if (s.isClosed()) {
                    return; // H2 forces the file itself when it closes the database
                }
                // the transaction has committed: failing its request now would invite a second write
                LOG.errorf(e, "Could not force the H2 database file to the device after a commit");
            }
        }
    }

    /** Whether the database is an H2 file, whose commits this forces to the device. */
    public boolean active() {
        return Boolean.TRUE.equals(h2File);
    }

    /** How many times the file was forced (for tests). */
    public long syncs() {
        return syncs.get();
    }

    /** The count of file writes of the open store that the last force covers (for tests). */
    public synchronized long forcedUpTo() {
        return forcedStore == store ? forcedUpTo : -1;
    }

    /** The open store's count of completed file writes, or -1 (for tests). */
    public long writes() {
        MVStore s = store;
        return s == null || s.isClosed() ? -1 : s.getFileStore().getWriteCount();
    }

    /** Finds the H2 file store through a connection of the pool (which opens the database if closed). */
    private MVStore resolve() {
        synchronized (resolving) { // not under the forces' lock: opening the database can take long
            MVStore s = store;
            if (s != null && !s.isClosed()) {
                return s;
            }
            try (Connection c = dataSource.getConnection()) {
                s = null;
                if (c.isWrapperFor(JdbcConnection.class)
                        && c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local
                        && local.getDatabase().isPersistent()) {
                    MVStore found = local.getDatabase().getStore().getMvStore();
                    s = found.getFileStore() == null ? null : found;
                }
                store = s;
                h2File = s != null;
                return s;
            } catch (SQLException e) {
                LOG.warnf(e, "Could not open the database to find its H2 file store; trying again after the next commit");
                return null;
            }
        }
    }
}
