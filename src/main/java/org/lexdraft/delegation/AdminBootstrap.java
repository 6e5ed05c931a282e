package org.lexdraft.delegation;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
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

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (Member.count() > 0) {
            return;
        }
        Delegation chair = Delegation.findByCode(Delegation.CHAIR_CODE).orElseGet(() -> {
            Delegation d = new Delegation();
            d.code = Delegation.CHAIR_CODE;
            d.name = "Chair's secretariat";
            d.kind = "secretariat";
            d.createdAt = Times.now();
            d.persist();
            return d;
        });
        String password = config.adminPassword().filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = randomPassword();
        }
        Member admin = new Member();
        admin.username = ADMIN;
        admin.passwordHash = BcryptUtil.bcryptHash(password, config.security().bcryptCost());
        admin.displayName = "Administrator";
        admin.role = Member.CHAIR;
        admin.delegation = chair;
        admin.createdAt = Times.now();
        admin.persist();
        if (generated) {
            LOG.warnf("Created the chair member 'admin' with the generated password %s"
                    + " (shown only this once; set LEXDRAFT_ADMIN_PASSWORD to choose it)", password);
        } else {
            LOG.info("Created the chair member 'admin' with the password from LEXDRAFT_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
