package org.lexdraft.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The configured body limit, read once. The filters that enforce it are created before the runtime
 * configuration is ready, so they reach it through this bean's proxy; asking the configuration
 * itself on every request would build a new configuration mapping each time.
 */
@ApplicationScoped
public class BodyLimit {

    private final long maxBytes;

    @Inject
    public BodyLimit(LexdraftConfig config) {
        this.maxBytes = config.limits().maxBodyBytes();
    }

    /** Bytes a request body may have. */
    public long maxBytes() {
        return maxBytes;
    }
}
