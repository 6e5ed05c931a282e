package org.lexdraft.common;

/** A refusal that passes with time: answered 429 with Retry-After. */
public interface RetryLater {

    long retryAfterSeconds();
}
