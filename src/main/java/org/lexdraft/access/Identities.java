package org.lexdraft.access;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** The security identity of a signed-in member: its username, role and member id. */
final class Identities {

    static final String MEMBER_ID = "lexdraft.member-id";
    static final String CREDENTIAL = "lexdraft.credential";
    static final String SESSION_ID = "lexdraft.session-id";
    static final String DELEGATION_ID = "lexdraft.delegation-id";

    static final String BASIC = "basic";
    static final String BEARER = "bearer";
    static final String SESSION = "session";

    private Identities() {
    }

    static SecurityIdentity of(SignedIn member, String credential) {
        Long sessionId = SESSION.equals(credential) ? member.tokenId() : null;
        var builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(member.username()))
                .addRole(member.role())
                .addAttribute(MEMBER_ID, member.id())
                .addAttribute(DELEGATION_ID, member.delegationId())
                .addAttribute(CREDENTIAL, credential);
        if (sessionId != null) {
            builder.addAttribute(SESSION_ID, sessionId);
        }
        return builder.build();
    }
}
