package org.lexdraft.common;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
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
            String slug = Api.slug();
            Api.admin().body(Map.of("slug", slug, "label", "label of " + slug, "context", "CCW GGE"))
                    .post("/api/terms").then().statusCode(201);
            // the observer runs on the committing thread, so the count has moved when the 201 arrives
            assertTrue(sync.syncs() > before, "write " + i + " was acknowledged without a sync");
        }
    }
}
