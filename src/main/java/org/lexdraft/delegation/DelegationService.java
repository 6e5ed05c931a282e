package org.lexdraft.delegation;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;
import org.lexdraft.api.model.NewDelegation;
import org.lexdraft.access.CurrentMember;
import org.lexdraft.common.PageResult;
import org.lexdraft.common.Problems;
import org.lexdraft.common.Times;

@ApplicationScoped
public class DelegationService {

    @Inject
    CurrentMember current;

    @Transactional(TxType.SUPPORTS)
    public PageResult<org.lexdraft.api.model.Delegation> list(int page, int size) {
        current.get();
        var query = Delegation.<Delegation>findAll(Sort.by("code")).page(Page.of(page, size));
        return new PageResult<>(query.list().stream().map(DelegationMapper::toApi).toList(), page, size, query.count());
    }

    @Transactional(TxType.SUPPORTS)
    public Optional<org.lexdraft.api.model.Delegation> get(String code) {
        current.get();
        return Delegation.findByCode(code).map(DelegationMapper::toApi);
    }

    @Transactional
    public org.lexdraft.api.model.Delegation create(NewDelegation request) {
        if (!current.get().isChair()) {
            throw Problems.forbidden("Only the chair adds delegations.");
        }
        if (Delegation.findByCode(request.getCode()).isPresent()) {
            throw Problems.duplicate("A delegation with code " + request.getCode() + " already exists.");
        }
        Delegation d = new Delegation();
        d.code = request.getCode();
        d.name = Problems.requireText("name", request.getName());
        d.kind = request.getKind().toString();
        d.createdAt = Times.now();
        d.persistAndFlush();
        return DelegationMapper.toApi(d);
    }
}
