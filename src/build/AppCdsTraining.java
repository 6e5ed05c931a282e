import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes the class-data sharing archive (AppCDS) with which the README's command starts the service:
 * {@code java @deploy/jvm.options -XX:SharedArchiveFile=target/quarkus-app/lexdraft-cds.jsa -jar ...}.
 *
 * <pre>java src/build/AppCdsTraining.java APP_DIR [JVM_ARGUMENT_FILE]</pre>
 *
 * It starts APP_DIR/quarkus-run.jar once with {@code -XX:ArchiveClassesAtExit}, on a database of its
 * own under a temporary directory and on a free loopback port, waits until it is ready, makes a few
 * requests (a sign-in, a token, reads, a refusal), stops it with SIGTERM and checks that the JVM
 * wrote APP_DIR/lexdraft-cds.jsa. The JVM then keeps every class loaded and linked until that point, the classes
 * of Quarkus's own class loader included, already parsed and verified; a start from the archive reads
 * them from it (docs/PERFORMANCE.md, "Start-up from a class-data archive").
 *
 * The archive records the jars by absolute path, size and time, and the JVM that made it: a start
 * with another JVM, or of a copied or moved application, prints one warning and runs without it. A
 * start that names a missing file runs without any class sharing, the JDK's own archive included
 * (a new package empties target/quarkus-app first). So the archive is made here by
 * the {@code java} that runs this program, which is the one on the PATH, as in the README's
 * command. The Maven build runs it after packaging (pom.xml, execution {@code appcds-training}; not
 * for the PostgreSQL build, which needs a server to start); run it again for a copy of the
 * application in another directory.
 */
public class AppCdsTraining {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: java src/build/AppCdsTraining.java APP_DIR [JVM_ARGUMENT_FILE]");
            System.exit(64);
        }
        Path app = Path.of(args[0]).toAbsolutePath().normalize();
        Path jar = app.resolve("quarkus-run.jar");
        Path archive = app.resolve("lexdraft-cds.jsa");
        Path work = Files.createTempDirectory("lexdraft-appcds");
        Path log = work.resolve("training.log");
        boolean failed = false;
        try {
            if (!Files.isRegularFile(jar)) {
                throw new TrainingFailed("no packaged service at " + jar);
            }
            Files.deleteIfExists(archive);
            train(jar, archive, args.length == 2 ? Path.of(args[1]).toAbsolutePath() : null, work, log);
            if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
                throw new TrainingFailed("the JVM wrote no archive at " + archive);
            }
            System.out.printf("AppCDS: %s (%d MB), made by %s%n", archive, Files.size(archive) >> 20, javaBinary());
        } catch (Exception e) {
            System.err.println("AppCDS training failed: " + (e instanceof TrainingFailed ? e.getMessage() : e));
            printTail(log);
            Files.deleteIfExists(archive);
            failed = true;
        } finally {
            deleteTree(work);
        }
        if (failed) {
            System.exit(1);
        }
    }

    private static void train(Path jar, Path archive, Path argFile, Path work, Path log) throws Exception {
        int port = freePort();
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        if (argFile != null) {
            command.add("@" + argFile);
        }
        command.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", "0");
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:h2:file:" + work.resolve("db"));
        builder.environment().put("LEXDRAFT_ADMIN_PASSWORD", password);
        Process service = builder.start();
        // a build cancelled while the service runs must not leave it running
        Thread stopOnExit = new Thread(service::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            String base = "http://127.0.0.1:" + port;
            awaitReady(service, base);
            exercise(base, password);
            service.destroy();
            if (!service.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                fail("the service did not stop within " + STOP_TIMEOUT.toSeconds() + " s of SIGTERM");
            }
        } finally {
            if (service.isAlive()) {
                service.destroyForcibly().waitFor();
            }
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        }
    }

    private static void awaitReady(Process service, String base) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                fail("the service exited with " + service.exitValue() + " before it was ready");
            }
            try {
                HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        fail("the service was not ready within " + READY_TIMEOUT.toSeconds() + " s");
    }

    /** What a first client does, so that the classes of a signed-in request are in the archive too. */
    private static void exercise(String base, String password) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        expect(client, get(base + "/q/openapi").build(), 200);
        expect(client, get(base + "/api/terms").build(), 401);
        expect(client, get(base + "/api/terms").header("Authorization", basic).build(), 200);
        expect(client, get(base + "/api/terms/no-such-term").header("Authorization", basic).build(), 404);
        String created = expect(client, HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\":\"appcds training\"}")).build(), 201);
        Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(created);
        if (!token.find()) {
            fail("POST /api/tokens answered without a token: " + created);
        }
        String bearer = "Bearer " + token.group(1);
        expect(client, get(base + "/api/tokens").header("Authorization", bearer).build(), 200);
        expect(client, get(base + "/api/terms").header("Authorization", bearer).build(), 200);
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
    }

    private static String expect(HttpClient client, HttpRequest request, int status) throws Exception {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != status) {
            fail(request.method() + " " + request.uri().getPath() + " answered " + response.statusCode() + ", not "
                    + status + ": " + response.body());
        }
        return response.body();
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void fail(String why) {
        throw new TrainingFailed(why);
    }

    private static void printTail(Path log) throws IOException {
        if (Files.exists(log)) {
            List<String> lines;
            try (Stream<String> all = Files.lines(log, StandardCharsets.UTF_8)) {
                // without the JVM's line for each class it cannot archive (thousands)
                lines = all.filter(line -> !line.contains("[cds] Skipping ") && !line.contains("[cds] Pre JDK 6 class"))
                        .toList();
            }
            System.err.println("last lines of the service's log:");
            lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(System.err::println);
        }
    }

    private static final class TrainingFailed extends RuntimeException {
        TrainingFailed(String message) {
            super(message);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
