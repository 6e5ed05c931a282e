package org.lexdraft.events;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the outbox in position order, with plain JDBC so that the hub's thread and the replaying
 * streams need no persistence context. Positions are gapless and commit-ordered, so "after N" never
 * skips a row that commits later.
 */
@ApplicationScoped
public class EventStore {

    private static final String COLUMNS = "select id, stamp, type, term_id, term_slug, draft_id, version_number, comment_id,"
            + " delegation_code, actor, audience_delegation_id, created_at from event_outbox";

    @Inject
    AgroalDataSource dataSource;

    /** The newest position handed out (0 before the first event). */
    public long head() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select last_id from event_counter where id = 1");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event counter", e);
        }
    }

    /**
     * The position after which a reader that has seen the event stamped {@code stamp} resumes: that of
     * the newest event stamped at or before it (0 when there is none). Stamps grow with positions.
     */
    public long positionAt(long stamp) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select id from event_outbox where stamp <= ? order by stamp desc limit 1")) {
            s.setLong(1, stamp);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the outbox", e);
        }
    }

    /** Every event after {@code after}, oldest first, at most {@code limit}: what the hub fans out. */
    public List<EventRecord> after(long after, int limit) {
        return query(COLUMNS + " where id > ? order by id limit ?", after, null, null, limit);
    }

    /** The events of the scope after {@code after}, oldest first, at most {@code limit}. */
    public List<EventRecord> visible(EventScope scope, long after, int limit) {
        String sql = COLUMNS + " where id > ? and (audience_delegation_id is null or audience_delegation_id = ?)"
                + (scope.termId() == null ? "" : " and term_id = ?") + " order by id limit ?";
        return query(sql, after, scope.delegationId(), scope.termId(), limit);
    }

    private List<EventRecord> query(String sql, long after, Long delegationId, Long termId, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            s.setLong(i++, after);
            if (delegationId != null) {
                s.setLong(i++, delegationId);
            }
            if (termId != null) {
                s.setLong(i++, termId);
            }
            s.setInt(i, limit);
            List<EventRecord> events = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    events.add(read(rs));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the outbox", e);
        }
    }

    private static EventRecord read(ResultSet rs) throws SQLException {
        Integer version = (Integer) nullable(rs.getInt(7), rs);
        Long comment = (Long) nullable(rs.getLong(8), rs);
        Long audience = (Long) nullable(rs.getLong(11), rs);
        OffsetDateTime at = rs.getObject(12, OffsetDateTime.class);
        return new EventRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getLong(6),
                version, comment, rs.getString(9), rs.getString(10), audience, at.toInstant());
    }

    private static Object nullable(Object value, ResultSet rs) throws SQLException {
        return rs.wasNull() ? null : value;
    }
}
