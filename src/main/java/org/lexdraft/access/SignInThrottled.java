package org.lexdraft.access;

import org.lexdraft.common.RetryLater;

/**
 * Too many failed sign-ins from this client: the cause of an AuthenticationFailedException,
 * answered 429 with Retry-After, before any bcrypt check.
 */
public class SignInThrottled extends RuntimeException implements RetryLater {

    private final long retryAfterSeconds;

    public SignInThrottled(long retryAfterSeconds) {
        super("too many failed sign-ins", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
