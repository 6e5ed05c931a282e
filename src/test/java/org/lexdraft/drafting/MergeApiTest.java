package org.lexdraft.drafting;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;
import org.lexdraft.support.Problems;

@QuarkusTest
class MergeApiTest {

    private static final String V1 = "Cluster munition means a munition containing twenty or more submunitions, "
            + "each weighing less than twenty kilograms.";

    @Test
    void staleBaseWithDisjointEditsIsMerged() {
        Api.Team rus = Api.Team.create();
        String writer2 = Api.member(rus.code(), "drafter");
        long draft = Api.draft(rus.drafter(), Api.term(), V1, "delegation");
        // the first drafter edits the start and becomes version 2
        Api.version(rus.drafter(), draft, V1.replace("a munition", "a conventional munition"), 1);
        // the second drafter edited version 1 at the end, unaware of version 2
        Api.as(writer2).body(Map.of("text", V1.replace("twenty kilograms", "twenty-five kilograms"),
                        "message", "weight", "baseVersion", 1))
                .post("/api/drafts/" + draft + "/versions").then().statusCode(201)
                .body("number", equalTo(3))
                .body("merged", equalTo(true))
                .body("base", equalTo(1))
                .body("parent", equalTo(draft + ":2"))
                .body("author", equalTo(writer2))
                .body("text", equalTo("Cluster munition means a conventional munition containing twenty or more "
                        + "submunitions, each weighing less than twenty-five kilograms."));
    }

    @Test
    void staleBaseWithOverlappingEditsIs409WithTheRegions() {
        Api.Team rus = Api.Team.create();
        long draft = Api.draft(rus.drafter(), Api.term(), V1, "delegation");
        Api.version(rus.drafter(), draft, V1.replace("twenty or more", "ten or more"), 1);
        Api.as(rus.drafter()).body(Map.of("text", V1.replace("twenty or more", "five or more"), "baseVersion", 1))
                .post("/api/drafts/" + draft + "/versions").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(Problems.type("edit-conflict")))
                .body("head", equalTo(2))
                .body("conflicts", hasSize(1))
                .body("conflicts[0].base", equalTo("twenty"))
                .body("conflicts[0].client", equalTo("five"))
                .body("conflicts[0].head", equalTo("ten"));
        Api.as(rus.drafter()).get("/api/drafts/" + draft).then().body("head", equalTo(2));
    }

    @Test
    void writeOnTheHeadIsNotMerged() {
        Api.Team rus = Api.Team.create();
        long draft = Api.draft(rus.drafter(), Api.term(), V1, "delegation");
        Api.as(rus.drafter()).body(Map.of("text", V1 + " [Or fewer.]", "baseVersion", 1))
                .post("/api/drafts/" + draft + "/versions").then().statusCode(201)
                .body("merged", equalTo(false))
                .body("base", nullValue())
                .body("brackets.open", equalTo(1));
    }

    @Test
    void staleIfMatchWithoutBaseVersionIs412EvenWhenMergeable() {
        Api.Team rus = Api.Team.create();
        long draft = Api.draft(rus.drafter(), Api.term(), V1, "delegation");
        Api.version(rus.drafter(), draft, V1.replace("a munition", "a conventional munition"), 1);
        Api.as(rus.drafter()).header("If-Match", "\"1\"")
                .body(Map.of("text", V1.replace("twenty kilograms", "ten kilograms")))
                .post("/api/drafts/" + draft + "/versions").then().statusCode(412)
                .contentType("application/problem+json")
                .body("head", equalTo(2));
    }
}
