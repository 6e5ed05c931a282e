package org.lexdraft.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Problems;
import org.lexdraft.support.RawHttp;
import org.lexdraft.support.RawHttp.Reply;

/** What fails before JAX-RS sees a request still gets a clear 4xx, problem+json where Vert.x lets it. */
@QuarkusTest
class BelowJaxRsTest {

    private static void assertProblem(Reply reply, int status) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
        String type = io.restassured.path.json.JsonPath.from(reply.body()).getString("type");
        assertTrue(type != null && type.startsWith(Problems.TYPES), reply.toString());
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
    void moreThanOneHostIs400Problem() {
        assertProblem(RawHttp.send("GET /api/terms HTTP/1.1\r\nHost: localhost\r\nHost: example.org\r\nConnection: close", null), 400);
        assertProblem(RawHttp.send("GET /api/terms HTTP/1.0\r\nHost: localhost\r\nHost: localhost", null), 400);
    }

    @Test
    void aTargetTheRouterCannotMatchIs404NotFound() {
        Reply reply = RawHttp.send("CONNECT localhost:443 HTTP/1.1\r\nHost: localhost:443\r\nConnection: close", null);
        assertProblem(reply, 404);
        assertTrue(reply.body().contains("/problems/not-found"), reply.toString());
    }

    @Test
    void aRefusedRequestClosesItsConnectionAsItsAnswerSays() {
        // the client does not ask to close: the server does, after a refusal below JAX-RS
        assertTrue(RawHttp.closedAfterReply("GET /api/terms HTTP/1.1\r\nHost: a b", 10_000));
        assertTrue(RawHttp.closedAfterReply("GET /api/terms?x=" + "a".repeat(9000) + " HTTP/1.1\r\nHost: localhost", 10_000));
        // and an ordinary answer keeps it open for the next request
        assertFalse(RawHttp.closedAfterReply("GET /q/health/live HTTP/1.1\r\nHost: localhost", 1_000));
    }

    @Test
    void aRequestLinePastTheLimitIs414Problem() {
        String ok = "GET /api/terms?x=" + "a".repeat(8192 - 26) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close";
        assertEquals(8192, ok.indexOf('\r'));
        Reply accepted = RawHttp.send(ok, null);
        assertEquals(401, accepted.status(), accepted.toString()); // read as a request, which needs a sign-in

        assertProblem(RawHttp.send("GET /api/terms?x=" + "a".repeat(8192 - 25) + " HTTP/1.1\r\nHost: localhost", null), 414);
        Reply tooLong = RawHttp.send("GET /api/terms?x=" + "a".repeat(40_000) + " HTTP/1.1\r\nHost: localhost", null);
        assertProblem(tooLong, 414);
        assertTrue(tooLong.body().contains("uri-too-long"), tooLong.toString());
        assertEquals("close", tooLong.header("connection"));
    }

    @Test
    void headerFieldsPastTheLimitAre431Problem() {
        Reply big = RawHttp.send("GET /api/terms HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(30_000), null);
        assertProblem(big, 431);
        assertTrue(big.body().contains("headers-too-large"), big.toString());
        StringBuilder many = new StringBuilder("GET /api/terms HTTP/1.1\r\nHost: localhost");
        for (int i = 0; i < 400; i++) {
            many.append("\r\nX-Field-").append(i).append(": ").append("v".repeat(50));
        }
        assertProblem(RawHttp.send(many.toString(), null), 431);
        // a usual request with a long cookie is still read
        Reply cookie = RawHttp.send("GET /api/terms HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nCookie: a="
                + "c".repeat(4000), null);
        assertEquals(401, cookie.status(), cookie.toString());
    }

    @Test
    void requestsVertxCannotDecodeAreRefusedAtOnceAndClosed() {
        // past Vert.x's own ceilings, far above lexdraft's limits: refused while decoding, without a body
        String longLine = "GET /api/terms?x=" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: localhost";
        assertEquals(414, RawHttp.send(longLine, null).status());
        assertEquals(431, RawHttp.send("GET /api/terms HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(70_000),
                null).status());
        assertEquals(400, RawHttp.send("POST /api/terms HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc", null)
                .status());
        assertEquals(400, RawHttp.send("HELLO WORLD", null).status());
    }
}
