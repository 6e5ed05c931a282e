import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event delivery figures for docs/PERFORMANCE.md, on loopback against two running instances on one
 * PostgreSQL database (see events_load.sh, which starts them): delivery latency on the same
 * instance and across instances, writes per second with and without 200 idle streams, and the heap
 * those streams take. JDK only:  java src/load/EventsLoad.java BASE_A BASE_B ADMIN_PASSWORD PID_A
 */
public class EventsLoad {

    static final Pattern DRAFT_VERSION = Pattern.compile("\"draft\":(\\d+).*\"version\":(\\d+)");
    static final String TEXT = "Cluster munition means a conventional munition that is designed to disperse or release"
            + " explosive submunitions each weighing less than 20 kilograms, and includes those explosive submunitions.";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static String password = "load-writer-password";
    /** Alternating rounds without and with the 200 idle streams. */
    static final int ROUNDS = 4;

    public static void main(String[] args) throws Exception {
        String a = args[0], b = args[1], admin = args[2];
        long pidA = Long.parseLong(args[3]);
        String code = "LOAD" + (System.nanoTime() % 100000);
        post(a, "admin", admin, "/api/delegations", "{\"code\":\"" + code + "\",\"name\":\"Load\",\"kind\":\"state\"}");
        post(a, "admin", admin, "/api/members", "{\"username\":\"loadwriter\",\"password\":\"" + password
                + "\",\"displayName\":\"Load writer\",\"delegation\":\"" + code + "\",\"role\":\"drafter\"}");
        post(a, "admin", admin, "/api/terms", "{\"slug\":\"load-term\",\"label\":\"load term\"}");
        post(a, "admin", admin, "/api/terms", "{\"slug\":\"idle-term\",\"label\":\"idle term\"}");
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String created = post(a, "loadwriter", password, "/api/terms/load-term/drafts",
                    "{\"title\":\"Load " + i + "\",\"text\":\"" + TEXT + "\",\"visibility\":\"tabled\"}");
            Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(created);
            m.find();
            drafts.add(Long.parseLong(m.group(1)));
        }
        int[] heads = {1, 1, 1, 1, 1};

        // warm-up: both instances serve writes and streams once before anything is measured
        for (int i = 0; i < 50; i++) {
            write(i % 2 == 0 ? a : b, drafts.get(4), heads, 4);
        }

        System.out.println("== delivery latency, 200 sequential writes on A, one stream ==");
        latency("same instance (write on A, stream on A)", a, a, drafts.get(0), heads, 0);
        latency("across instances (write on A, stream on B)", a, b, drafts.get(0), heads, 0);

        System.out.println("== write throughput on A, 4 writers x 100 writes per round ==");
        throughput(a, drafts, heads); // warm-up round, not reported
        List<Double> without = new ArrayList<>();
        List<Double> with = new ArrayList<>();
        long heapBefore = 0;
        long heapWith = 0;
        for (int round = 0; round < ROUNDS; round++) {
            without.add(throughput(a, drafts, heads));
            heapBefore = heapAfterGc(a, pidA);
            List<Stream> idle = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                idle.add(Stream.open(a, "term=idle-term"));
            }
            for (Stream s : idle) {
                s.greeted.await(30, TimeUnit.SECONDS);
            }
            heapWith = heapAfterGc(a, pidA);
            with.add(throughput(a, drafts, heads));
            for (Stream s : idle) {
                s.close();
            }
            Thread.sleep(1000);
        }
        System.out.println("writes/s without streams, by round: " + rounded(without) + "; median " + Math.round(pct(without, 50)));
        System.out.println("writes/s with 200 idle streams, by round: " + rounded(with) + "; median " + Math.round(pct(with, 50)));
        System.out.printf("heap after GC: %.1f MB without streams, %.1f MB with 200 idle streams (+%.1f MB, %.1f KB per stream)%n",
                heapBefore / 1e6, heapWith / 1e6, (heapWith - heapBefore) / 1e6, (heapWith - heapBefore) / 200 / 1e3);
    }

    static void latency(String label, String writeOn, String streamOn, long draft, int[] heads, int index) throws Exception {
        Stream stream = Stream.open(streamOn, "term=load-term");
        stream.greeted.await(30, TimeUnit.SECONDS);
        List<Double> fromSend = new ArrayList<>();
        List<Double> fromAck = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int version = heads[index] + 1;
            String key = draft + ":" + version;
            long sent = System.nanoTime();
            write(writeOn, draft, heads, index);
            long acked = System.nanoTime();
            long arrived = stream.await(key, Duration.ofSeconds(10));
            fromSend.add((arrived - sent) / 1e6);
            fromAck.add((arrived - acked) / 1e6);
        }
        stream.close();
        System.out.printf("%s: from sending the write median %.1f ms, p99 %.1f ms; from its 201 median %.1f ms, p99 %.1f ms%n",
                label, pct(fromSend, 50), pct(fromSend, 99), pct(fromAck, 50), pct(fromAck, 99));
    }

    static double throughput(String base, List<Long> drafts, int[] heads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int index = w;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 100; i++) {
                    write(base, drafts.get(index), heads, index);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return 400 / ((System.nanoTime() - start) / 1e9);
    }

    static long heapAfterGc(String base, long pid) throws Exception {
        for (int i = 0; i < 2; i++) {
            new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        }
        Thread.sleep(500);
        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        long used = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                used += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return used;
    }

    static void write(String base, long draft, int[] heads, int index) throws Exception {
        int head;
        synchronized (heads) {
            head = heads[index];
        }
        post(base, "loadwriter", password, "/api/drafts/" + draft + "/versions",
                "{\"text\":\"" + TEXT + " Edit " + (head + 1) + ".\",\"baseVersion\":" + head + "}");
        synchronized (heads) {
            heads[index] = head + 1;
        }
    }

    static String post(String base, String user, String pass, String path, String json) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", basic(user, pass)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException(path + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static String basic(String user, String pass) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + pass).getBytes(StandardCharsets.UTF_8));
    }

    static List<Long> rounded(List<Double> values) {
        return values.stream().map(Math::round).toList();
    }

    static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** A stream read on a thread of its own, noting when each version.created arrived. */
    static final class Stream {
        final Map<String, Long> arrivals = new ConcurrentHashMap<>();
        final CountDownLatch greeted = new CountDownLatch(1);
        volatile InputStream body;

        static Stream open(String base, String query) throws Exception {
            Stream s = new Stream();
            HttpResponse<InputStream> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/events?" + query))
                    .header("Authorization", basic("loadwriter", password)).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            s.body = r.body();
            Thread t = new Thread(s::read);
            t.setDaemon(true);
            t.start();
            return s;
        }

        void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith(":")) {
                        greeted.countDown();
                    } else if (line.startsWith("data:")) {
                        Matcher m = DRAFT_VERSION.matcher(line);
                        if (m.find()) {
                            arrivals.put(m.group(1) + ":" + m.group(2), System.nanoTime());
                        }
                    }
                }
            } catch (Exception closed) {
                // closed
            }
        }

        long await(String key, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                Long at = arrivals.get(key);
                if (at != null) {
                    return at;
                }
                Thread.sleep(0, 200_000);
            }
            throw new IllegalStateException("no event for " + key);
        }

        void close() {
            try {
                body.close();
            } catch (Exception ignored) {
                // closed
            }
        }
    }
}
