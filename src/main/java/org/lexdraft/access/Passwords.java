package org.lexdraft.access;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.Provider;
import java.util.function.Supplier;
import org.lexdraft.common.LexdraftConfig;
import org.lexdraft.common.Problems;
import org.wildfly.security.credential.PasswordCredential;
import org.wildfly.security.evidence.PasswordGuessEvidence;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.util.ModularCrypt;

/** bcrypt: hashing new passwords, and checking a guess against a stored hash. */
@ApplicationScoped
public class Passwords {

    /** bcrypt reads at most 72 bytes; a longer password would be silently truncated. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private static final Provider[] PROVIDERS = {WildFlyElytronPasswordProvider.getInstance()};
    private static final Supplier<Provider[]> PROVIDER_SUPPLIER = () -> PROVIDERS;

    @Inject
    LexdraftConfig config;

    /** A hash of a random password at the configured cost, checked when no member has the name. */
    private volatile String decoy;

    public String hash(String password) {
        requireStorable("password", password);
        return BcryptUtil.bcryptHash(password, config.security().bcryptCost());
    }

    /** Refuses what bcrypt would silently cut. */
    public static void requireStorable(String field, String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw Problems.invalidField(field, "must be at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8");
        }
    }

    /** Whether the guess is the password of the hash; a guess bcrypt would truncate never is. */
    public boolean matches(String guess, String hash) {
        if (guess.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            verify("", decoy());
            return false;
        }
        return verify(guess, hash);
    }

    /**
     * Spends what checking a real member's password would, so that an unknown username answers no
     * faster than a wrong password (at any bcrypt cost).
     */
    public void spendAsIfChecking(String guess) {
        verify(guess.length() > MAX_PASSWORD_BYTES ? "" : guess, decoy());
    }

    private String decoy() {
        String d = decoy;
        if (d == null) {
            d = BcryptUtil.bcryptHash(Secrets.newSecret(""), config.security().bcryptCost());
            decoy = d;
        }
        return d;
    }

    private static boolean verify(String guess, String hash) {
        try {
            return new PasswordCredential(ModularCrypt.decode(hash))
                    .verify(PROVIDER_SUPPLIER, new PasswordGuessEvidence(guess.toCharArray()));
        } catch (java.security.spec.InvalidKeySpecException e) {
            return false;
        }
    }
}
