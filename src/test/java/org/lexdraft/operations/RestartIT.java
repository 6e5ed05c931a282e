package org.lexdraft.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexdraft.support.PackagedService;

/**
 * Runs the packaged service as a real process on its real database, kills it without warning and
 * starts it again: every acknowledged write must still be there, and the bootstrap password that was
 * generated and logged on the first start must still be the one that works. It runs with the JVM
 * options of the container image ({@code deploy/jvm.options}, then the {@code JAVA_OPTS} of
 * {@code deploy/Dockerfile}), so that an option this JDK refuses, or one under which the service
 * misbehaves, fails here and not in a deployment.
 */
class RestartIT {

    private static final Pattern GENERATED = Pattern.compile("generated password (\\S+)");
    private static final Pattern IMAGE_JAVA_OPTS = Pattern.compile("ENV JAVA_OPTS=\"([^\"]*)\"");

    @TempDir
    Path workDir;

    private String pgDatabase;
    private Process process;

    @AfterEach
    void cleanUp() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
        if (pgDatabase != null) {
            pgExecute("drop database if exists " + pgDatabase + " with (force)");
        }
    }

    @Test
    void acknowledgedWritesSurviveACrashAndARestart() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", databaseUrl());
        if (pgDatabase != null) {
            env.put("QUARKUS_DATASOURCE_USERNAME", System.getProperty("lexdrafttest.pg-user", "postgres"));
        }
        int port = PackagedService.freePort();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_MANAGEMENT_PORT", "0");

        Path firstLog = workDir.resolve("first.log");
        start(env, firstLog, port);
        String password = generatedPassword(firstLog);
        RequestSpecification admin = admin(port, password);

        admin.body(Map.of("code", "NOR", "name", "Norway", "kind", "state")).post("/api/delegations")
                .then().statusCode(201);
        admin.body(Map.of("slug", "cluster-munition", "label", "cluster munition")).post("/api/terms")
                .then().statusCode(201);
        long draft = admin.body(Map.of("title", "Chair's text", "text", "A munition that disperses submunitions.",
                        "visibility", "tabled"))
                .post("/api/terms/cluster-munition/drafts").then().statusCode(201).extract().jsonPath().getLong("id");
        admin.body(Map.of("text", "A conventional munition that disperses explosive submunitions.", "baseVersion", 1))
                .post("/api/drafts/" + draft + "/versions").then().statusCode(201);

        process.destroyForcibly().waitFor();

        Path secondLog = workDir.resolve("second.log");
        start(env, secondLog, port);
        assertFalse(Files.readString(secondLog).contains("generated password"), "no second admin password");
        admin = admin(port, password);
        admin.get("/api/delegations/NOR").then().statusCode(200).body("name", equalTo("Norway"));
        admin.get("/api/drafts/" + draft).then().statusCode(200).body("head", equalTo(2));
        admin.get("/api/drafts/" + draft + "/versions/2").then().statusCode(200)
                .body("text", equalTo("A conventional munition that disperses explosive submunitions."));
        admin.get("/api/terms/cluster-munition").then().statusCode(200).body("draftCount", equalTo(1));
    }

    /**
     * Eight writers on their own drafts, killed without warning mid-stream; the H2 URL has no options
     * at all (as an operator may write it): every version acknowledged with 201 is there after a
     * restart, with its text, and the next number continues after it.
     */
    @Test
    void concurrentAcknowledgedWritesSurviveAKillWithAnH2UrlWithoutOptions() throws Exception {
        Map<String, String> env = new HashMap<>();
        String url = databaseUrl();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", url.startsWith("jdbc:h2:") ? url.substring(0, url.indexOf(';')) : url);
        if (pgDatabase != null) {
            env.put("QUARKUS_DATASOURCE_USERNAME", System.getProperty("lexdrafttest.pg-user", "postgres"));
        }
        int port = PackagedService.freePort();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_MANAGEMENT_PORT", "0");
        Path firstLog = workDir.resolve("first.log");
        start(env, firstLog, port);
        String password = generatedPassword(firstLog);
        admin(port, password).body(Map.of("slug", "cluster-munition", "label", "cluster munition")).post("/api/terms")
                .then().statusCode(201);
        int writers = 8;
        long[] drafts = new long[writers];
        for (int w = 0; w < writers; w++) {
            drafts[w] = admin(port, password).body(Map.of("title", "Draft " + w, "text", "Version 1 of " + w + ".",
                    "visibility", "tabled")).post("/api/terms/cluster-munition/drafts").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
        }
        java.util.concurrent.ConcurrentMap<Long, Integer> acknowledged = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        java.util.concurrent.atomic.AtomicInteger total = new java.util.concurrent.atomic.AtomicInteger();
        for (int w = 0; w < writers; w++) {
            long draft = drafts[w];
            pool.submit(() -> {
                for (int n = 2; ; n++) {
                    try {
                        int status = admin(port, password).body(Map.of("text", "Version " + n + " of " + draft + ".",
                                "baseVersion", n - 1)).post("/api/drafts/" + draft + "/versions").then().extract()
                                .statusCode();
                        if (status != 201) {
                            return;
                        }
                        acknowledged.put(draft, n);
                        total.incrementAndGet();
                    } catch (RuntimeException connectionLost) {
                        return;
                    }
                }
            });
        }
        while (total.get() < 240) {
            Thread.sleep(20);
        }
        process.destroyForcibly().waitFor();
        pool.shutdown();
        pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);

        Path secondLog = workDir.resolve("second.log");
        start(env, secondLog, port);
        for (Map.Entry<Long, Integer> ack : acknowledged.entrySet()) {
            long draft = ack.getKey();
            int head = admin(port, password).get("/api/drafts/" + draft).then().statusCode(200)
                    .extract().jsonPath().getInt("head");
            assertTrue(head >= ack.getValue(), "draft " + draft + " lost acknowledged versions: head " + head
                    + " < " + ack.getValue());
            admin(port, password).get("/api/drafts/" + draft + "/versions/" + ack.getValue()).then().statusCode(200)
                    .body("text", equalTo("Version " + ack.getValue() + " of " + draft + "."));
        }
    }

    private void start(Map<String, String> env, Path log, int port) throws Exception {
        String jar = System.getProperty("lexdrafttest.app-jar", "target/quarkus-app/quarkus-run.jar");
        List<String> command = new ArrayList<>();
        command.add(JvmOptionsTest.javaBinary());
        command.add("@" + JvmOptionsTest.FILE.toAbsolutePath());
        command.addAll(imageJavaOptions());
        command.addAll(List.of("-jar", jar));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("LEXDRAFT_ADMIN_PASSWORD");
        builder.environment().putAll(env);
        process = builder.start();
        PackagedService.awaitReady(process, port, log);
    }

    private static String generatedPassword(Path log) throws IOException {
        Matcher m = GENERATED.matcher(Files.readString(log));
        assertEquals(true, m.find(), "the first start logs the generated admin password");
        String password = m.group(1);
        assertNotNull(password);
        return password;
    }

    private static RequestSpecification admin(int port, String password) {
        return given().baseUri("http://127.0.0.1").port(port)
                .auth().preemptive().basic("admin", password).contentType(ContentType.JSON);
    }

    private String databaseUrl() throws Exception {
        if ("postgresql".equals(System.getProperty("lexdrafttest.db-kind"))) {
            pgDatabase = "lexdraft_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            pgExecute("create database " + pgDatabase);
            return pgUrl() + pgDatabase;
        }
        return "jdbc:h2:file:" + workDir.resolve("data/lexdraft").toAbsolutePath() + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";
    }

    private static String pgUrl() {
        return System.getProperty("lexdrafttest.pg-url", "jdbc:postgresql://127.0.0.1:5432/");
    }

    private static void pgExecute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(pgUrl() + "postgres",
                System.getProperty("lexdrafttest.pg-user", "postgres"), "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * The image's JAVA_OPTS, as its entrypoint splits them into words; they follow the argument
     * file {@code deploy/jvm.options}, which its entrypoint reads first ({@link JvmOptionsTest}).
     */
    private static List<String> imageJavaOptions() throws IOException {
        Matcher m = IMAGE_JAVA_OPTS.matcher(Files.readString(Path.of("deploy/Dockerfile")));
        assertTrue(m.find(), "deploy/Dockerfile sets JAVA_OPTS");
        return List.of(m.group(1).strip().split("\\s+"));
    }
}
