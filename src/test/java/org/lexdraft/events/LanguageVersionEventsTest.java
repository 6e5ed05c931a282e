package org.lexdraft.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lexdraft.support.Api;

/** Language versions on the event stream: created privately with a private source, tabled with it. */
@QuarkusTest
class LanguageVersionEventsTest {

    private static JsonPath feed(String username, String slug) {
        return Api.as(username).accept("application/json").get("/api/events?term=" + slug)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aLanguageVersionIsAnnouncedToWhoMaySeeItAndTabledWithItsSource() {
        Api.Team rus = Api.Team.create();
        Api.Team nor = Api.Team.create();
        String slug = Api.term();
        long source = Api.draft(rus.drafter(), slug, "Cluster munition means a munition.", "delegation");
        long french = Api.as(rus.drafter()).body(Map.of("language", "fr", "text", "Arme à sous-munitions : une munition."))
                .post("/api/drafts/" + source + "/translations").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        JsonPath own = feed(rus.observer(), slug);
        assertEquals(List.of("draft.created", "translation.created"), own.getList("items.type"));
        assertEquals(french, own.getLong("items[1].draft"));
        assertEquals(List.of(), feed(nor.drafter(), slug).getList("items.type"), "the private phase stays private");

        Api.as(rus.drafter()).body(Map.of("visibility", "tabled")).patch("/api/drafts/" + source).then().statusCode(200);
        JsonPath others = feed(nor.drafter(), slug);
        assertEquals(List.of("draft.tabled", "draft.tabled"), others.getList("items.type"));
        assertEquals(List.of(french, source), others.getList("items.draft", Long.class));
    }
}
