package org.lexdraft.delegation;

/**
 * A member's password was set, or the member was deactivated or reactivated, in the current
 * transaction. {@code keepSession} names a session that stays (the one that made the change).
 */
public record MemberCredentialsChanged(long memberId, boolean endSessions, Long keepSession) {
}
