package org.lexdraft.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;

/**
 * Many members of one delegation edit one draft at once, each its own line, always from the head it
 * last read. Every acknowledged write must be in the history exactly once with gapless numbers.
 */
@QuarkusTest
class ConcurrentWritersTest {

    private static final int WRITERS = 6;
    private static final int WRITES_EACH = 6;

    @Test
    void parallelWritersLoseNothingAndNumbersStayGapless() throws Exception {
        String delegation = Api.delegation();
        List<String> writers = IntStream.range(0, WRITERS).mapToObj(i -> Api.member(delegation, "drafter")).toList();
        String initial = IntStream.range(0, WRITERS).mapToObj(i -> "slot " + i + ": empty.")
                .collect(Collectors.joining("\n")) + "\n";
        long draft = Api.draft(writers.get(0), Api.term(), initial, "delegation");

        Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
        List<Integer> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int slot = w;
            done.add(pool.submit(() -> {
                for (int k = 0; k < WRITES_EACH; k++) {
                    String marker = "w" + slot + "-" + k;
                    for (int attempt = 0; attempt < 50; attempt++) {
                        JsonPath head = Api.as(writers.get(slot)).get("/api/drafts/" + draft).jsonPath();
                        int base = head.getInt("head");
                        String text = Api.as(writers.get(slot)).get("/api/drafts/" + draft + "/versions/" + base)
                                .jsonPath().getString("text");
                        String edited = replaceSlot(text, slot, marker);
                        Response r = Api.as(writers.get(slot))
                                .body(Map.of("text", edited, "message", marker, "baseVersion", base))
                                .post("/api/drafts/" + draft + "/versions");
                        if (r.statusCode() == 201) {
                            acknowledged.put(r.jsonPath().getInt("number"), marker);
                            break;
                        }
                        if (r.statusCode() != 409) {
                            unexpected.add(r.statusCode());
                            break;
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertTrue(unexpected.isEmpty(), "only 201 and 409 answers, got " + unexpected);
        assertEquals(WRITERS * WRITES_EACH, acknowledged.size(), "every write eventually acknowledged once");
        int head = Api.as(writers.get(0)).get("/api/drafts/" + draft).jsonPath().getInt("head");
        assertEquals(1 + WRITERS * WRITES_EACH, head);
        List<Integer> numbers = Api.as(writers.get(0)).queryParam("size", 200)
                .get("/api/drafts/" + draft + "/versions").jsonPath().getList("items.number", Integer.class);
        Set<Integer> expected = new TreeSet<>();
        IntStream.rangeClosed(1, head).forEach(expected::add);
        assertEquals(expected, new TreeSet<>(numbers), "gapless 1..head");
        assertEquals(numbers.size(), new TreeSet<>(numbers).size(), "each number once");
        for (Map.Entry<Integer, String> write : acknowledged.entrySet()) {
            String text = Api.as(writers.get(0)).get("/api/drafts/" + draft + "/versions/" + write.getKey())
                    .jsonPath().getString("text");
            assertTrue(text.contains(write.getValue() + "."), "version " + write.getKey() + " holds " + write.getValue());
        }
        String last = Api.as(writers.get(0)).get("/api/drafts/" + draft + "/versions/" + head).jsonPath().getString("text");
        for (int w = 0; w < WRITERS; w++) {
            assertTrue(last.contains("slot " + w + ": w" + w + "-" + (WRITES_EACH - 1) + "."), "last write of " + w + " kept");
        }
    }

    private static String replaceSlot(String text, int slot, String marker) {
        return text.replaceAll("(?m)^slot " + slot + ": .*$", "slot " + slot + ": " + marker + ".");
    }
}
