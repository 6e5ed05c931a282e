package org.lexdraft.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.RawHttp;
import org.lexdraft.support.RawHttp.Reply;

/** What fails before JAX-RS sees a request still gets a clear 4xx, problem+json where Vert.x lets it. */
@QuarkusTest
class BelowJaxRsTest {

    private static void assertProblem(Reply reply, int status) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
        assertTrue(reply.body().contains("\"type\":\"https://lexdraft.org/problems/"), reply.toString());
        assertFalse(reply.body().contains("Exception"), reply.toString());
    }

    @Test
    void aMissingHostIs400Problem() {
        assertProblem(RawHttp.send("GET /api/terms HTTP/1.1\r\nConnection: close", null), 400);
    }

    @Test
    void aMalformedHostIs400Problem() {
        assertProblem(RawHttp.send("GET /api/terms HTTP/1.1\r\nHost: a b\r\nConnection: close", null), 400);
        assertProblem(RawHttp.send("GET /api/terms HTTP/1.1\r\nHost: [::\r\nConnection: close", null), 400);
    }

    @Test
    void requestsVertxCannotDecodeAreRefusedAtOnceAndClosed() {
        String longLine = "GET /api/terms?x=" + "a".repeat(5000) + " HTTP/1.1\r\nHost: localhost";
        assertEquals(414, RawHttp.send(longLine, null).status());
        assertEquals(431, RawHttp.send("GET /api/terms HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(30_000),
                null).status());
        assertEquals(400, RawHttp.send("POST /api/terms HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc", null)
                .status());
        assertEquals(400, RawHttp.send("HELLO WORLD", null).status());
    }
}
