package org.lexdraft.delegation;

import org.lexdraft.api.model.DelegationKind;
import org.lexdraft.api.model.Role;

/** Delegations and members as the API shows them (never a password or hash). */
final class DelegationMapper {

    private DelegationMapper() {
    }

    static org.lexdraft.api.model.Delegation toApi(Delegation d) {
        return new org.lexdraft.api.model.Delegation(d.code, d.name, DelegationKind.fromValue(d.kind));
    }

    static org.lexdraft.api.model.Member toApi(Member m) {
        return new org.lexdraft.api.model.Member(m.username, m.displayName, m.delegation.code, Role.fromValue(m.role), m.active);
    }
}
