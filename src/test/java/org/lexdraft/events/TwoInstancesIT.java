package org.lexdraft.events;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.EventStreamReader;
import org.lexdraft.support.PackagedService;
import org.lexdraft.support.EventStreamReader.Sse;

/**
 * The packaged service started twice, on two ports, on one PostgreSQL database, as behind a load
 * balancer: writers on both, a stream on each. Every acknowledged version reaches both streams once,
 * in order; cutting the LISTEN connections (pg_terminate_backend) and killing one instance (SIGKILL)
 * lose nothing on the other. The safety poll is set to a minute, so only NOTIFY and the catch-up after
 * a reconnect can deliver in time.
 */
class TwoInstancesIT {

    private static final String ADMIN_PASSWORD = "two-instances-" + UUID.randomUUID();
    private static final String PASSWORD = "correct-horse-battery";
    private static final String TEXT = "Cluster munition means a conventional munition designed to disperse submunitions.";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private Path workDir;
    private String pgDatabase;
    private final List<Process> processes = new ArrayList<>();

    @BeforeEach
    void prepare() throws IOException {
        Assumptions.assumeTrue("postgresql".equals(System.getProperty("lexdrafttest.db-kind")),
                "Skipped: two instances share one database only on PostgreSQL, and this is the H2 build"
                        + " (run mvn -Ppostgresql verify)");
        workDir = Files.createTempDirectory("lexdraft-two-instances");
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (Process p : processes) {
            if (p.isAlive()) {
                p.destroyForcibly().waitFor();
            }
        }
        if (pgDatabase != null) {
            pgExecute("drop database if exists " + pgDatabase + " with (force)");
        }
    }

    @Test
    void everyAcknowledgedVersionReachesBothInstancesOnceInOrderThroughListenerLossAndACrash() throws Exception {
        pgDatabase = "lexdraft_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        pgExecute("create database " + pgDatabase);
        int portA = PackagedService.freePort();
        Process a = start("a", portA);
        int portB = PackagedService.freePort();
        start("b", portB);

        RequestSpecification admin = spec(portA, "admin", ADMIN_PASSWORD);
        String code = "TWO" + Long.toString(System.nanoTime() % 100000);
        admin.body(Map.of("code", code, "name", "Two instances", "kind", "state")).post("/api/delegations").then().statusCode(201);
        admin.body(Map.of("slug", "cluster-munition", "label", "cluster munition")).post("/api/terms").then().statusCode(201);
        List<String> writers = new ArrayList<>();
        List<Long> drafts = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            String writer = "writer" + w;
            admin.body(Map.of("username", writer, "password", PASSWORD, "displayName", "Writer " + w, "delegation", code,
                    "role", "drafter")).post("/api/members").then().statusCode(201);
            writers.add(writer);
            drafts.add(spec(w % 2 == 0 ? portA : portB, writer, PASSWORD)
                    .body(Map.of("title", "Draft " + w, "text", TEXT, "visibility", "tabled"))
                    .post("/api/terms/cluster-munition/drafts").then().statusCode(201).extract().jsonPath().getLong("id"));
        }
        Map<Long, Integer> heads = new ConcurrentHashMap<>();
        drafts.forEach(d -> heads.put(d, 1));
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();

        try (EventStreamReader onA = EventStreamReader.open("http://127.0.0.1:" + portA, "writer0", PASSWORD,
                "term=cluster-munition", Map.of());
             EventStreamReader onB = EventStreamReader.open("http://127.0.0.1:" + portB, "writer1", PASSWORD,
                     "term=cluster-munition", Map.of())) {
            assertEquals(200, onA.status());
            assertEquals(200, onB.status());
            onA.nextComment(WAIT);
            onB.nextComment(WAIT);

            // one write on A reaches B's stream through NOTIFY (the safety poll is a minute away)
            write(portA, writers.get(0), drafts.get(0), heads, acknowledged);
            long sent = System.nanoTime();
            Sse first = onB.next(Duration.ofSeconds(5));
            assertNotNull(first, "a write on A reaches a stream on B within seconds");
            System.out.printf("cross-instance delivery: %d ms%n", (System.nanoTime() - sent) / 1_000_000);

            // writers on both instances at once
            concurrently(10, writers, drafts, portA, portB, heads, acknowledged);

            // PostgreSQL drops the LISTEN connections of both instances
            try (Connection c = DriverManager.getConnection(pgUrl() + pgDatabase, pgUser(), "");
                 PreparedStatement s = c.prepareStatement("select pg_terminate_backend(pid) from pg_stat_activity"
                         + " where application_name = 'lexdraft-events-listener' and datname = ?")) {
                s.setString(1, pgDatabase);
                try (ResultSet rs = s.executeQuery()) {
                    int terminated = 0;
                    while (rs.next()) {
                        terminated++;
                    }
                    assertEquals(2, terminated, "one listener connection per instance");
                }
            }
            for (int port : new int[] {portA, portB}) {
                HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, health.statusCode(), "readiness stays up while the listener reconnects: " + health.body());
            }
            concurrently(5, writers, drafts, portA, portB, heads, acknowledged);

            // both streams so far hold every acknowledged version once, in order
            Set<String> beforeCrash = Set.copyOf(acknowledged);
            List<Sse> seenOnA = new ArrayList<>(List.of());
            seenOnA.addAll(onA.take(beforeCrash.size(), WAIT));
            assertDelivered(beforeCrash, seenOnA, "stream on A");

            // A is killed without warning while its writers write; B's stream loses nothing acknowledged
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                int port = w % 2 == 0 ? portA : portB;
                running.add(pool.submit(() -> {
                    for (int i = 0; i < 8; i++) {
                        try {
                            write(port, writers.get(writer), drafts.get(writer), heads, acknowledged);
                        } catch (Exception | AssertionError instanceDown) {
                            return null;
                        }
                    }
                    return null;
                }));
            }
            Thread.sleep(300);
            a.destroyForcibly().waitFor(); // SIGKILL
            for (Future<?> f : running) {
                f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();

            List<Sse> seenOnB = new ArrayList<>();
            seenOnB.add(first);
            seenOnB.addAll(onB.take(acknowledged.size() - 1, WAIT));
            List<Sse> more = onB.take(100, Duration.ofSeconds(2)); // committed on A but not acknowledged, if any
            seenOnB.addAll(more);
            assertDelivered(Set.copyOf(acknowledged), seenOnB, "stream on B");

            // B's audit trail agrees with its stream
            List<Long> feed = new ArrayList<>();
            long after = 0;
            while (true) {
                var page = spec(portB, "writer1", PASSWORD).accept("application/json")
                        .get("/api/events?term=cluster-munition&limit=200&after=" + after).then().statusCode(200).extract().jsonPath();
                List<Long> ids = page.getList("items.id", Long.class);
                if (ids.isEmpty()) {
                    break;
                }
                List<String> types = page.getList("items.type", String.class);
                for (int i = 0; i < ids.size(); i++) {
                    if (types.get(i).equals("version.created")) {
                        feed.add(ids.get(i));
                    }
                }
                after = page.getLong("next");
            }
            assertEquals(seenOnB.stream().map(Sse::id).toList(), feed);
        }
        try (Connection c = DriverManager.getConnection(pgUrl() + pgDatabase, pgUser(), "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), min(id), max(id) from event_outbox")) {
            rs.next();
            assertEquals(1, rs.getLong(2));
            assertEquals(rs.getLong(1), rs.getLong(3), "positions are gapless across both instances");
        }
    }

    /** Each of the four writers writes {@code count} versions, writers 0 and 2 on A, 1 and 3 on B. */
    private static void concurrently(int count, List<String> writers, List<Long> drafts, int portA, int portB,
                                     Map<Long, Integer> heads, Set<String> acknowledged) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers.size(); w++) {
            int writer = w;
            int port = w % 2 == 0 ? portA : portB;
            done.add(pool.submit(() -> {
                for (int i = 0; i < count; i++) {
                    write(port, writers.get(writer), drafts.get(writer), heads, acknowledged);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
    }

    private static void write(int port, String writer, long draft, Map<Long, Integer> heads, Set<String> acknowledged) {
        int base = heads.get(draft);
        spec(port, writer, PASSWORD).body(Map.of("text", TEXT + " Edit " + (base + 1) + ".", "baseVersion", base))
                .post("/api/drafts/" + draft + "/versions").then().statusCode(201);
        heads.put(draft, base + 1);
        acknowledged.add(draft + ":" + (base + 1));
    }

    /** Every acknowledged version once; ids increasing; each draft's numbers gapless and in order. */
    private static void assertDelivered(Set<String> acknowledged, List<Sse> events, String where) {
        List<String> keys = events.stream().map(e -> e.json().getLong("draft") + ":" + e.json().getInt("version")).toList();
        Set<String> distinct = new TreeSet<>(keys);
        assertEquals(keys.size(), distinct.size(), where + ": no event twice");
        Set<String> missing = new TreeSet<>(acknowledged);
        missing.removeAll(distinct);
        assertEquals(Set.of(), missing, where + ": acknowledged versions missing");
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).id() > events.get(i - 1).id(), where + ": ids increase");
        }
        Map<Long, List<Integer>> perDraft = new LinkedHashMap<>();
        for (Sse e : events) {
            assertEquals("version.created", e.type());
            perDraft.computeIfAbsent(e.json().getLong("draft"), k -> new ArrayList<>()).add(e.json().getInt("version"));
        }
        perDraft.forEach((draft, numbers) -> {
            for (int i = 1; i < numbers.size(); i++) {
                assertEquals(numbers.get(i - 1) + 1, numbers.get(i), where + ": versions of draft " + draft + " in order");
            }
        });
    }

    private Process start(String name, int port) throws Exception {
        Path log = workDir.resolve(name + ".log");
        String jar = System.getProperty("lexdrafttest.app-jar", "target/quarkus-app/quarkus-run.jar");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", pgUrl() + pgDatabase);
        env.put("QUARKUS_DATASOURCE_USERNAME", pgUser());
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_MANAGEMENT_PORT", "0"); // metrics: a port of its own for each instance
        env.put("LEXDRAFT_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("LEXDRAFT_SECURITY_BCRYPT_COST", "4");
        env.put("LEXDRAFT_EVENTS_SAFETY_POLL", "60s");
        env.put("LEXDRAFT_EVENTS_LISTENER_MAX_BACKOFF", "1s");
        builder.environment().putAll(env);
        Process process = builder.start();
        processes.add(process);
        PackagedService.awaitReady(process, port, log);
        return process;
    }

    private static RequestSpecification spec(int port, String username, String password) {
        return given().baseUri("http://127.0.0.1").port(port).auth().preemptive().basic(username, password)
                .contentType(ContentType.JSON);
    }

    private static String pgUrl() {
        return System.getProperty("lexdrafttest.pg-url", "jdbc:postgresql://127.0.0.1:5432/");
    }

    private static String pgUser() {
        return System.getProperty("lexdrafttest.pg-user", "postgres");
    }

    private static void pgExecute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(pgUrl() + "postgres", pgUser(), "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
