package org.lexdraft.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;

/** The same slug claimed by many requests at once: one wins, the others are told so, none fails. */
@QuarkusTest
class DuplicateRaceTest {

    @Test
    void concurrentCreationOfOneSlugGivesOne201AndOnly409s() throws Exception {
        String slug = Api.slug();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            calls.add(() -> Api.admin().body(Map.of("slug", slug, "label", "race"))
                    .post("/api/terms").then().extract().statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(calls)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "exactly one created: " + statuses);
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), "only 201 and 409: " + statuses);
    }
}
