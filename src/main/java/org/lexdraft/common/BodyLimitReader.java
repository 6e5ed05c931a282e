package org.lexdraft.common;

import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes the JSON reader takes from a body and stops it one byte past the limit, so a body
 * without Content-Length (chunked) is refused with 413 while it arrives, not parsed whole.
 */
@Provider
public class BodyLimitReader implements ReaderInterceptor {

    @Inject
    BodyLimit bodyLimit;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Limited(context.getInputStream(), bodyLimit.maxBytes()));
        return context.proceed();
    }

    /** Throws the 413 problem (found by the mapper inside whatever wraps it) past the limit. */
    static final class Limited extends FilterInputStream {
        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            // never more than one byte past the limit is taken
            int n = super.read(buffer, offset, (int) Math.max(1, Math.min(length, limit + 1 - read)));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.max(1, Math.min(n, limit + 1 - read)));
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw Problems.payloadTooLarge(limit);
            }
        }
    }
}
