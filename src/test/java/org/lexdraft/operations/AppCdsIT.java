package org.lexdraft.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexdraft.support.PackagedService;

/**
 * Starts the packaged service by the README's start command, which names the class-data sharing
 * archive that the package step made ({@code src/build/AppCdsTraining.java}), and adds
 * {@code -Xshare:on}, under which java refuses to start at all from an archive it cannot use
 * (another JVM, other jars). The service must then answer a signed-in request, and the classes of
 * lexdraft, Quarkus and Hibernate ORM that it loads must come from the archive. It runs the
 * {@code java} on the PATH, as the README's command does and as the training did. The PostgreSQL
 * build makes no archive, so there it is skipped, as after {@code -Dlexdraft.appcds.skip=true}.
 */
class AppCdsIT {

    private static final Path ARCHIVE = Path.of("target/quarkus-app/lexdraft-cds.jsa");
    /** The README's start command, from {@code java} to the jar. */
    private static final Pattern README_COMMAND = Pattern.compile(
            "LEXDRAFT_ADMIN_PASSWORD=\\S+ java (@deploy/jvm\\.options -XX:SharedArchiveFile=\\S+ -jar \\S+)");
    private static final Pattern CLASS_LOAD = Pattern.compile("\\[class,load\\s*\\] (\\S+) source: (.+)");
    private static final String FROM_ARCHIVE = "shared objects file (top)";

    @TempDir
    Path workDir;

    private Process process;

    @AfterEach
    void stop() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    @Test
    void theReadmeCommandStartsTheServiceFromTheArchive() throws Exception {
        assumeFalse("postgresql".equals(System.getProperty("lexdrafttest.db-kind")),
                "the PostgreSQL build makes no archive (its training run would need a server)");
        assumeFalse(Boolean.getBoolean("lexdrafttest.appcds-skip"), "packaged with -Dlexdraft.appcds.skip=true");
        assertTrue(Files.isRegularFile(ARCHIVE), "the package step made " + ARCHIVE);
        Matcher readme = README_COMMAND.matcher(Files.readString(Path.of("README.md")));
        assertTrue(readme.find(), "the README's start command names the archive");
        List<String> arguments = List.of(readme.group(1).split(" "));
        assertTrue(arguments.contains("-XX:SharedArchiveFile=" + ARCHIVE), "the README names " + ARCHIVE + ": " + arguments);

        Path classLog = workDir.resolve("class-load.log");
        List<String> command = new ArrayList<>(List.of("java", "-Xshare:on", "-Xlog:class+load=info:file=" + classLog));
        command.addAll(arguments);
        int port = PackagedService.freePort();
        String password = "appcds-it-" + System.nanoTime();
        Path log = workDir.resolve("service.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("LEXDRAFT_ADMIN_PASSWORD", password);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", "0");
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:h2:file:" + workDir.resolve("db"));
        process = builder.start();
        PackagedService.awaitReady(process, port, log);

        HttpResponse<String> terms = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/terms"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + password).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, terms.statusCode(), terms.body());
        process.destroy();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the service stops on SIGTERM");

        Map<String, String> sources = new HashMap<>();
        for (String line : Files.readAllLines(classLog)) {
            Matcher m = CLASS_LOAD.matcher(line);
            if (m.find()) {
                sources.putIfAbsent(m.group(1), m.group(2).strip());
            }
        }
        for (String name : List.of(
                "org.lexdraft.delegation.AdminBootstrap",        // lexdraft, by Quarkus's class loader
                "org.lexdraft.access.LexdraftAuthMechanism",
                "org.hibernate.internal.SessionFactoryImpl",     // a library, by the same loader
                "io.quarkus.runtime.Application",
                "io.quarkus.bootstrap.runner.RunnerClassLoader")) { // lib/boot, by the JDK's loader
            assertEquals(FROM_ARCHIVE, sources.get(name), name + " is loaded from the archive");
        }
        long fromArchive = sources.values().stream().filter(FROM_ARCHIVE::equals).count();
        assertTrue(fromArchive * 2 > sources.size(), "most classes come from the archive: " + fromArchive
                + " of " + sources.size());
    }
}
