package org.lexdraft.delegation;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.jboss.logging.Logger;
import org.lexdraft.common.LexdraftConfig;
import org.lexdraft.common.Times;

/**
 * On first start with an empty database, creates the delegation CHAIR and its chair member
 * {@code admin}. The password comes from LEXDRAFT_ADMIN_PASSWORD, or is generated and logged once.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);
    static final String ADMIN = "admin";

    @Inject
    LexdraftConfig config;

    @Inject
    Bootstrapper bootstrapper;

    /**
     * The password is logged only once the transaction that stored it has committed: if another
     * instance bootstrapped the same database at the same moment, this one's insert fails on the
     * unique username and nothing misleading is printed.
     */
    void onStart(@Observes StartupEvent event) {
        String password = config.adminPassword().filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = randomPassword();
        }
        boolean created;
        try {
            created = bootstrapper.createAdminIfEmpty(password);
        } catch (RuntimeException raced) {
            if (bootstrapper.adminExists()) {
                LOG.info("Another instance created the chair member 'admin' at the same time");
                return;
            }
            throw raced;
        }
        if (!created) {
            return;
        }
        if (generated) {
            LOG.warnf("Created the chair member 'admin' with the generated password %s"
                    + " (shown only this once; set LEXDRAFT_ADMIN_PASSWORD to choose it)", password);
        } else {
            LOG.info("Created the chair member 'admin' with the password from LEXDRAFT_ADMIN_PASSWORD");
        }
    }

    /** The transactional part of the bootstrap. */
    @ApplicationScoped
    static class Bootstrapper {

        @Inject
        LexdraftConfig config;

        @Transactional
        boolean adminExists() {
            return Member.findByUsername(ADMIN).isPresent();
        }

        /**
         * Creates CHAIR and admin when no member exists yet; answers whether it did. Native SQL, as in
         * the search index's catch-up: the first HQL query of a process costs about half a second
         * (Hibernate builds its HQL parser), which start-up need not pay.
         */
        @Transactional
        boolean createAdminIfEmpty(String password) {
            var em = Member.getEntityManager();
            if (((Number) em.createNativeQuery("select count(*) from member").getSingleResult()).longValue() > 0) {
                return false;
            }
            List<?> chairs = em.createNativeQuery("select id from delegation where code = ?1")
                    .setParameter(1, Delegation.CHAIR_CODE).getResultList();
            Delegation chair = chairs.isEmpty() ? null : em.find(Delegation.class, ((Number) chairs.get(0)).longValue());
            if (chair == null) {
                chair = new Delegation();
                chair.code = Delegation.CHAIR_CODE;
                chair.name = "Chair's secretariat";
                chair.kind = "secretariat";
                chair.createdAt = Times.now();
                chair.persist();
            }
            Member admin = new Member();
            admin.username = ADMIN;
            admin.passwordHash = BcryptUtil.bcryptHash(password, config.security().bcryptCost());
            admin.displayName = "Administrator";
            admin.role = Member.CHAIR;
            admin.delegation = chair;
            admin.createdAt = Times.now();
            admin.persist();
            return true;
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
