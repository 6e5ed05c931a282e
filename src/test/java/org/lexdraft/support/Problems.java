package org.lexdraft.support;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** RFC 9457 problem details as lexdraft answers them. */
public final class Problems {

    /** The prefix of every problem type URI. */
    public static final String TYPES = "https://lexdraft.org/problems/";
    public static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {
    }

    /** The type URI of the problem {@code kind}, such as {@code not-found}. */
    public static String type(String kind) {
        return TYPES + kind;
    }

    /** Checks status, media type, {@code type} and {@code status} of a problem answer. */
    public static ValidatableResponse assertProblem(Response response, int status, String kind) {
        return response.then().statusCode(status)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(type(kind)))
                .body("status", equalTo(status));
    }
}
