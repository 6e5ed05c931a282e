package org.lexdraft.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;

@QuarkusTest
class OperationsTest {

    private static final String DB_CHECK = "Database connections health check";

    // --- health ---------------------------------------------------------------------------------

    @Test
    void healthIsUpWithDatabaseCheckWithoutSignIn() {
        given().get("/q/health").then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(DB_CHECK))
                .body("checks.find { it.name == '" + DB_CHECK + "' }.status", equalTo("UP"));
    }

    @Test
    void readinessIsUpWithDatabaseCheck() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == '" + DB_CHECK + "' }.status", equalTo("UP"));
    }

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    // --- metrics --------------------------------------------------------------------------------

    @Test
    void metricsExposeHttpServerRequestsInPrometheusFormat() {
        Api.admin().get("/api/terms").then().statusCode(200);

        management().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("# TYPE http_server_requests_seconds summary"))
                .body(containsString("http_server_requests_seconds_count{"))
                .body(containsString("uri=\"/api/terms\""));
    }

    @Test
    void metricsExposeJvmAndDatabasePoolMetrics() {
        Api.admin().get("/api/terms").then().statusCode(200); // at least one connection has been used

        String metrics = management().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("jvm_memory_used_bytes"), "JVM memory is reported");
        // the pool of the default datasource (Agroal), as gauges with their values
        double active = sample(metrics, "agroal_active_count");
        double available = sample(metrics, "agroal_available_count");
        double maxUsed = sample(metrics, "agroal_max_used_count");
        assertTrue(maxUsed >= 1, "a connection was used at some point: " + maxUsed);
        assertTrue(active >= 0 && available >= 0 && active + available <= 16,
                "within quarkus.datasource.jdbc.max-size: active " + active + ", available " + available);
        sample(metrics, "agroal_awaiting_count");
    }

    /** The value of the one sample of {@code name} for the default datasource in a Prometheus text page. */
    private static double sample(String metrics, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(?m)^" + name + "\\{([^}]*)\\}\\s+(\\S+)$").matcher(metrics);
        List<Double> values = new ArrayList<>();
        while (m.find()) {
            if (m.group(1).contains("datasource=\"default\"")) {
                values.add(Double.parseDouble(m.group(2)));
            }
        }
        assertEquals(1, values.size(), () -> "one " + name + "{datasource=\"default\"} sample in:\n"
                + metrics.lines().filter(l -> l.startsWith("agroal")).toList());
        return values.get(0);
    }

    @Test
    void metricsLabelUnknownPathsWithoutTheRawPath() {
        String probe = "probe-" + Api.code().toLowerCase();
        Api.admin().get("/api/nope/" + probe).then().statusCode(404);

        String metrics = management().get("/q/metrics").then().statusCode(200).extract().asString();
        assertFalse(metrics.contains(probe), "unbounded uri label for an unknown path");
    }

    @Test
    void metricsAreNotOnThePublicPort() {
        given().get("/q/metrics").then().statusCode(404);
        Api.admin().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void metricsNameNoDraftOrCommentOfAnyone() {
        Api.Team team = Api.Team.create();
        long draft = Api.draft(team.drafter(), Api.term(), "Cluster munition means a munition.", "delegation");
        Api.version(team.drafter(), draft, "Cluster munition means a weapon.", 1);

        String metrics = management().get("/q/metrics").then().statusCode(200).extract().asString();
        assertFalse(metrics.contains("/api/drafts/" + draft), "a series names the private draft's path");
        assertFalse(java.util.regex.Pattern.compile("=\"" + draft + "\"").matcher(metrics).find(),
                "a label names the private draft");
        assertTrue(metrics.contains("uri=\"/api/drafts/{id}/versions\""), "versions are counted by template only");
    }

    @jakarta.inject.Inject
    io.quarkus.vertx.http.HttpServer httpServer;

    /** The management interface: loopback only, a random port in tests. */
    private io.restassured.specification.RequestSpecification management() {
        return given().baseUri("http://127.0.0.1").port(httpServer.getManagementPort());
    }
}
