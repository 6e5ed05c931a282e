package org.lexdraft.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;

/** A delegation's first position on a draft, stated by many requests at once, is created once. */
@QuarkusTest
class PositionRaceTest {

    @Test
    void sixteenSimultaneousFirstPositionsAnswer201OnceAndTheRest200() throws Exception {
        Api.Team owner = Api.Team.create();
        Api.Team other = Api.Team.create();
        long draft = Api.draft(owner.drafter(), Api.term(), "Cluster munition means a munition.", "tabled");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String stance = i % 2 == 0 ? "support" : "oppose";
            calls.add(() -> {
                start.await();
                return Api.as(other.drafter()).body(Map.of("stance", stance, "version", 1))
                        .put("/api/drafts/" + draft + "/positions/" + other.code()).then().extract().statusCode();
            });
        }
        List<Future<Integer>> futures = new ArrayList<>();
        for (Callable<Integer> call : calls) {
            futures.add(pool.submit(call));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : futures) {
            statuses.add(f.get());
        }
        pool.shutdown();

        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "exactly one creation: " + statuses);
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 200), "201 once, then 200s: " + statuses);
        int history = Api.as(other.drafter()).get("/api/drafts/" + draft + "/positions").then().statusCode(200)
                .extract().jsonPath().getList("[0].history").size();
        assertEquals(15, history, "every statement kept, the newest current");
    }
}
