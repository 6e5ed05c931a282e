package org.lexdraft.delegation;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.lexdraft.api.model.NewMember;
import org.lexdraft.common.CurrentMember;
import org.lexdraft.common.LexdraftConfig;
import org.lexdraft.common.PageResult;
import org.lexdraft.common.Problems;
import org.lexdraft.common.Times;

@ApplicationScoped
public class MemberService {

    /** bcrypt reads at most 72 bytes; a longer password would be silently truncated. */
    static final int MAX_PASSWORD_BYTES = 72;

    @Inject
    CurrentMember current;

    @Inject
    LexdraftConfig config;

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
        if (request.getPassword().getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw Problems.invalidField("password", "must be at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8");
        }
        Delegation delegation = Delegation.findByCode(request.getDelegation())
                .orElseThrow(() -> Problems.unprocessable("delegation", "no delegation has the code " + request.getDelegation()));
        if (Member.findByUsername(request.getUsername()).isPresent()) {
            throw Problems.duplicate("A member named " + request.getUsername() + " already exists.");
        }
        Member m = new Member();
        m.username = request.getUsername();
        m.passwordHash = hash(request.getPassword());
        m.displayName = Problems.requireText("displayName", request.getDisplayName());
        m.role = request.getRole().toString();
        m.delegation = delegation;
        m.createdAt = Times.now();
        m.persistAndFlush();
        return DelegationMapper.toApi(m);
    }

    String hash(String password) {
        return BcryptUtil.bcryptHash(password, config.security().bcryptCost());
    }

    private void requireChair(String detail) {
        if (!current.get().isChair()) {
            throw Problems.forbidden(detail);
        }
    }
}
