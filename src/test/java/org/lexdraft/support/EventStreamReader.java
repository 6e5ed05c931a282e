package org.lexdraft.support;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Reads GET /api/events as a browser's EventSource would: a JDK HttpClient reading the body line by
 * line, parsed into events and comments on a thread of its own.
 */
public final class EventStreamReader implements AutoCloseable {

    /** One dispatched SSE event. */
    public record Sse(long id, String type, String data) {
        public JsonPath json() {
            return new JsonPath(data);
        }
    }

    /** A comment line, or a retry field. */
    public record Comment(String text) {
    }

    private static final Object END = new Object();

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<Object> items = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile Integer retry;

    private EventStreamReader(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.thread = new Thread(this::read, "event-stream-reader");
        this.thread.setDaemon(true);
        if (response.statusCode() == 200) {
            thread.start();
        }
    }

    /** Opens {@code /api/events?query} on the test instance as {@code username} (null: anonymous). */
    public static EventStreamReader open(String username, String query, Map<String, String> headers) {
        String password = username == null ? null : "admin".equals(username) ? Api.adminPassword() : Api.PASSWORD;
        return open("http://localhost:" + RestAssured.port, username, password, query, headers);
    }

    public static EventStreamReader open(String username, String query) {
        return open(username, query, Map.of());
    }

    public static EventStreamReader open(String baseUri, String username, String password, String query,
                                         Map<String, String> headers) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUri + "/api/events"
                        + (query == null || query.isEmpty() ? "" : "?" + query)))
                .header("Accept", "text/event-stream");
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(request::header);
        try {
            HttpResponse<Stream<String>> response = client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
                    .get(30, TimeUnit.SECONDS);
            return new EventStreamReader(response);
        } catch (Exception e) {
            throw new IllegalStateException("cannot open the event stream: " + e, e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    public String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The whole body of a response that is not a stream (an error). */
    public String body() {
        try (Stream<String> lines = response.body()) {
            return String.join("\n", lines.toList());
        }
    }

    /** The reconnection delay the stream announced, once its line has been read (null if none in time). */
    public Integer retry(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (retry == null && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return retry;
    }

    /** The next event, skipping comments; null if none comes within the timeout. */
    public Sse next(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Object item = poll(deadline);
            if (item == null || item == END) {
                if (item == END) {
                    items.add(END);
                }
                return null;
            }
            if (item instanceof Sse sse) {
                return sse;
            }
        }
    }

    /** The next comment, skipping events; null if none comes within the timeout. */
    public Comment nextComment(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Object item = poll(deadline);
            if (item == null || item == END) {
                if (item == END) {
                    items.add(END);
                }
                return null;
            }
            if (item instanceof Comment comment) {
                return comment;
            }
        }
    }

    /** Events until {@code count} have come or the timeout passed (then fewer). */
    public List<Sse> take(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Sse> events = new ArrayList<>();
        while (events.size() < count) {
            Sse e = next(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            if (e == null) {
                break;
            }
            events.add(e);
        }
        return events;
    }

    /** Events until one of {@code type} for {@code draft} arrives; fails the test if none does in time. */
    public Sse until(String type, long draft, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Sse e = next(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            if (e == null) {
                throw new AssertionError("no " + type + " event of draft " + draft + " within " + timeout);
            }
            if (e.type().equals(type) && e.json().getLong("draft") == draft) {
                return e;
            }
        }
    }

    /** Whether the server ended the stream (within the timeout). */
    public boolean ended(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Object item = poll(deadline);
            if (item == END) {
                items.add(END);
                return true;
            }
            if (item == null) {
                return false;
            }
        }
    }

    private Object poll(long deadline) {
        try {
            return items.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void read() {
        String id = null;
        String type = "message";
        StringBuilder data = null;
        try (Stream<String> lines = response.body()) {
            for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                String line = it.next();
                if (line.isEmpty()) {
                    if (data != null) {
                        items.add(new Sse(id == null ? -1 : Long.parseLong(id), type, data.toString()));
                    }
                    type = "message";
                    data = null;
                    continue;
                }
                if (line.startsWith(":")) {
                    items.add(new Comment(line.substring(1).strip()));
                    continue;
                }
                int colon = line.indexOf(':');
                String field = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1);
                if (value.startsWith(" ")) {
                    value = value.substring(1);
                }
                switch (field) {
                    case "id" -> id = value;
                    case "event" -> type = value;
                    case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                    case "retry" -> retry = Integer.valueOf(value);
                    default -> {
                    }
                }
            }
        } catch (RuntimeException closed) {
            // the stream was closed by either side
        } finally {
            items.add(END);
        }
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (RuntimeException ignored) {
            // already closed
        }
        thread.interrupt();
    }
}
