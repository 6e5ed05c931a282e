package org.lexdraft.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * The two lookups of every signed-in request, as single prepared statements on a pooled
 * connection in auto-commit: no persistence context and no JTA transaction is opened for them,
 * because they run before the request's own work on every request (see docs/PERFORMANCE.md).
 */
@ApplicationScoped
public class CredentialStore {

    /** A live token's member, and what the sign-in needs to know of the token itself. */
    record TokenRow(long tokenId, Instant expiresAt, Instant lastUsedAt, SignedIn member, boolean active) {
    }

    private static final String TOKEN = "select t.id, t.expires_at, t.last_used_at, m.id, m.username, m.role, m.active,"
            + " m.password_hash, m.delegation_id from access_token t join member m on m.id = t.member_id"
            + " where t.token_hash = ? and t.kind = ? and t.revoked_at is null";

    private static final String MEMBER = "select m.id, m.username, m.role, m.password_hash, m.delegation_id from member m"
            + " where m.username = ? and m.active = true";

    private static final String TOUCH = "update access_token set last_used_at = ? where id = ?"
            + " and (last_used_at is null or last_used_at < ?)";

    @Inject
    DataSource dataSource;

    TokenRow token(String hash, String kind) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(TOKEN)) {
            s.setString(1, hash);
            s.setString(2, kind);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                SignedIn member = new SignedIn(r.getLong(4), r.getString(5), r.getString(6), r.getLong(9), r.getString(8),
                        r.getLong(1));
                return new TokenRow(r.getLong(1), instant(r, 2), instant(r, 3), member, r.getBoolean(7));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the token store", e);
        }
    }

    /** The active member with this username. */
    SignedIn activeMember(String username) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(MEMBER)) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new SignedIn(r.getLong(1), r.getString(2), r.getString(3), r.getLong(5), r.getString(4), null)
                        : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the members", e);
        }
    }

    /** Records a use of the token, unless one was recorded since {@code notBefore}. */
    void touch(long tokenId, Instant now, Instant notBefore) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(TOUCH)) {
            s.setObject(1, now.atOffset(ZoneOffset.UTC));
            s.setLong(2, tokenId);
            s.setObject(3, notBefore.atOffset(ZoneOffset.UTC));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the token's use", e);
        }
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
