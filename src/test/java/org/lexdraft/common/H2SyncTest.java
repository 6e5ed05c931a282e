package org.lexdraft.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.lexdraft.drafting.Term;
import org.lexdraft.support.Api;

/** On an H2 file, every acknowledged write has been forced to the device before its response. */
@QuarkusTest
class H2SyncTest {

    @Inject
    H2Sync sync;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @Test
    void isActiveExactlyOnAnH2File() {
        assertTrue(sync.active() == url.startsWith("jdbc:h2:file:"), url);
    }

    @Test
    void eachWriteIsForcedBeforeItsResponse() {
        assumeTrue(sync.active(), "only the embedded H2 database needs it");
        for (int i = 1; i <= 5; i++) {
            long before = sync.syncs();
            createTerm();
            // the observer runs on the committing thread, so the count has moved when the 201 arrives
            assertTrue(sync.syncs() > before, "write " + i + " was acknowledged without a sync");
            assertEquals(sync.writes(), sync.forcedUpTo(), "write " + i + ": the file was written after its force");
        }
    }

    @Test
    void concurrentWritersAreEachCoveredByAForceBeforeTheirResponse() throws Exception {
        assumeTrue(sync.active(), "only the embedded H2 database needs it");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 6; i++) {
                        // the chunk holding this write is written after this count was read
                        long writtenBefore = sync.writes();
                        createTerm();
                        long forced = sync.forcedUpTo();
                        assertTrue(forced > writtenBefore,
                                "acknowledged with the file forced up to write " + forced + ", not past " + writtenBefore);
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTransactionInsideAnotherIsForcedAndSoIsTheOuter() {
        assumeTrue(sync.active(), "only the embedded H2 database needs it");
        long before = sync.syncs();
        QuarkusTransaction.requiringNew().run(() -> {
            term().persist();
            QuarkusTransaction.requiringNew().run(() -> term().persist());
            assertTrue(sync.syncs() > before, "the inner transaction ended without a force");
        });
        assertEquals(sync.writes(), sync.forcedUpTo(), "the outer transaction's commit was not forced");
    }

    @Test
    void aTransactionThatWritesNothingForcesNothing() {
        assumeTrue(sync.active(), "only the embedded H2 database needs it");
        createTerm();
        long before = sync.syncs();
        long terms = QuarkusTransaction.requiringNew().call(() -> Term.count());
        assertTrue(terms > 0);
        assertEquals(before, sync.syncs(), "a read-only transaction forced the file");
    }

    private static void createTerm() {
        String slug = Api.slug();
        Api.admin().body(Map.of("slug", slug, "label", "label of " + slug, "context", "CCW GGE"))
                .post("/api/terms").then().statusCode(201);
    }

    private static Term term() {
        Term t = new Term();
        t.slug = Api.slug();
        t.label = "label of " + t.slug;
        t.context = "CCW GGE";
        t.createdAt = Instant.now();
        return t;
    }
}
