package org.lexdraft.access;

/**
 * What a sign-in learns of a member: enough for the identity. {@code tokenId} names the token or
 * session it signed in with, if any.
 */
record SignedIn(long id, String username, String role, long delegationId, String passwordHash, Long tokenId) {
}
