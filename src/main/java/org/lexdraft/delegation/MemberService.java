package org.lexdraft.delegation;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.lexdraft.access.CurrentMember;
import org.lexdraft.access.Passwords;
import org.lexdraft.api.model.MemberChanges;
import org.lexdraft.api.model.NewMember;
import org.lexdraft.common.ProblemException;
import org.lexdraft.common.PageResult;
import org.lexdraft.common.Problems;
import org.lexdraft.common.Times;

@ApplicationScoped
public class MemberService {

    @Inject
    CurrentMember current;

    @Inject
    Passwords passwords;

    @Inject
    Event<MemberCredentialsChanged> credentialsChanged;

    @Transactional(TxType.SUPPORTS)
    public org.lexdraft.api.model.Member me() {
        return DelegationMapper.toApi(current.get());
    }

    @Transactional(TxType.SUPPORTS)
    public PageResult<org.lexdraft.api.model.Member> list(int page, int size) {
        requireChair("Only the chair lists members.");
        var query = Member.<Member>find("from Member m join fetch m.delegation", Sort.by("username"))
                .page(Page.of(page, size));
        return new PageResult<>(query.list().stream().map(DelegationMapper::toApi).toList(), page, size, Member.count());
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<org.lexdraft.api.model.Member> get(String username) {
        Member caller = current.get();
        if (!caller.isChair() && !caller.username.equals(username)) {
            throw Problems.forbidden("Only the chair looks up other members.");
        }
        return Member.findWithDelegation(username).map(DelegationMapper::toApi);
    }

    @Transactional
    public org.lexdraft.api.model.Member create(NewMember request) {
        requireChair("Only the chair adds members.");
        Passwords.requireStorable("password", request.getPassword());
        Delegation delegation = Delegation.findByCode(request.getDelegation())
                .orElseThrow(() -> Problems.unprocessable("delegation", "no delegation has the code " + request.getDelegation()));
        if (Member.findByUsername(request.getUsername()).isPresent()) {
            throw Problems.duplicate("A member named " + request.getUsername() + " already exists.");
        }
        Member m = new Member();
        m.username = request.getUsername();
        m.passwordHash = passwords.hash(request.getPassword());
        m.displayName = Problems.requireText("displayName", request.getDisplayName());
        m.role = request.getRole().toString();
        m.delegation = delegation;
        m.createdAt = Times.now();
        m.persistAndFlush();
        return DelegationMapper.toApi(m);
    }

    /**
     * The chair changes a member's display name, role, activity or password. A reset or a
     * deactivation ends the member's sessions and drops its remembered credentials in this
     * transaction; tokens of an inactive member are refused while it stays inactive. No change may
     * leave the negotiation without an active chair.
     */
    @Transactional
    public org.lexdraft.api.model.Member update(String username, MemberChanges changes) {
        requireChair("Only the chair changes members.");
        Member m = Member.<Member>find("username", username).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .orElseThrow(() -> Problems.notFound("There is no member named " + username + "."));
        if (changes.getPassword() != null) {
            Passwords.requireStorable("password", changes.getPassword());
        }
        String role = changes.getRole() == null ? m.role : changes.getRole().toString();
        boolean active = changes.getActive() == null ? m.active : changes.getActive();
        if (m.isChair() && m.active && (!Member.CHAIR.equals(role) || !active)) {
            requireAnotherActiveChair(m);
        }
        if (changes.getDisplayName() != null) {
            m.displayName = Problems.requireText("displayName", changes.getDisplayName());
        }
        boolean credentials = changes.getPassword() != null || active != m.active;
        m.role = role;
        m.active = active;
        if (changes.getPassword() != null) {
            m.passwordHash = passwords.hash(changes.getPassword());
        }
        if (credentials) {
            credentialsChanged.fire(new MemberCredentialsChanged(m.id, true, null));
        }
        return DelegationMapper.toApi(m);
    }

    /** Active chairs are locked, so that two chairs demoting each other at once cannot both succeed. */
    private static void requireAnotherActiveChair(Member leaving) {
        List<Member> chairs = Member.<Member>find("role = ?1 and active = true", Member.CHAIR)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        if (chairs.stream().noneMatch(c -> !c.id.equals(leaving.id))) {
            throw new ProblemException(409, "last-chair", "Last chair",
                    leaving.username + " is the only active chair; make another member chair first.", null, null);
        }
    }

    private void requireChair(String detail) {
        if (!current.get().isChair()) {
            throw Problems.forbidden(detail);
        }
    }
}
