package org.lexdraft.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.RawHttp;
import org.lexdraft.support.RawHttp.Reply;

/**
 * A connection that never completes a request line is closed by the idle timeout (60 s in
 * production, shortened here so the test is quick) instead of holding its socket.
 */
@QuarkusTest
@TestProfile(IdleConnectionTest.ShortIdleTimeout.class)
class IdleConnectionTest {

    public static class ShortIdleTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.idle-timeout", "2s");
        }
    }

    @Test
    void aJunkRequestLineDoesNotHoldTheSocket() {
        // Vert.x skips control characters before a request line and waits for one
        byte[] junk = "\u0001\u0002\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

        // the client would wait 5 minutes; only a server that closes the connection ends this
        Reply reply = RawHttp.send(junk, null, 300_000);

        assertEquals(-1, reply.status(), "closed without an answer: " + reply);
    }

    @Test
    void anUnfinishedHeaderDoesNotHoldTheSocket() {
        byte[] head = "GET /api/me HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.ISO_8859_1);

        Reply reply = RawHttp.send(head, null, 300_000);

        assertEquals(-1, reply.status(), "closed without an answer: " + reply);
    }
}
