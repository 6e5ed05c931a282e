package org.lexdraft.support;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reads a paged collection to its end by following its {@code next} links, for checks about one item
 * (is it listed, is it absent) that must not depend on how many items other tests made.
 */
public final class Listing {

    /** More pages than any test run makes; a {@code next} link beyond this is a loop. */
    private static final int MAX_PAGES = 10_000;

    private Listing() {
    }

    /** Every item of the collection at {@code path}, read as the caller in pages of 200. */
    public static List<Map<String, Object>> all(Supplier<RequestSpecification> caller, String path) {
        List<Map<String, Object>> items = new ArrayList<>();
        Response page = caller.get().queryParam("size", 200).get(path);
        for (int pages = 1; ; pages++) {
            page.then().statusCode(200);
            items.addAll(page.jsonPath().getList("items"));
            String next = Links.of(page).get("next");
            if (next == null) {
                return items;
            }
            if (pages >= MAX_PAGES) {
                throw new AssertionError(path + " links to a next page after " + pages + " pages");
            }
            page = caller.get().urlEncodingEnabled(false).get(next);
        }
    }

    /** The first item that matches, reading page after page until it is found or the list ends. */
    public static Optional<Map<String, Object>> find(Supplier<RequestSpecification> caller, String path,
                                                     Predicate<Map<String, Object>> matches) {
        Response page = caller.get().queryParam("size", 200).get(path);
        for (int pages = 1; ; pages++) {
            page.then().statusCode(200);
            List<Map<String, Object>> items = page.jsonPath().getList("items");
            for (Map<String, Object> item : items) {
                if (matches.test(item)) {
                    return Optional.of(item);
                }
            }
            String next = Links.of(page).get("next");
            if (next == null) {
                return Optional.empty();
            }
            if (pages >= MAX_PAGES) {
                throw new AssertionError(path + " links to a next page after " + pages + " pages");
            }
            page = caller.get().urlEncodingEnabled(false).get(next);
        }
    }

    /** The item whose {@code field} equals {@code value}, if the collection lists one. */
    public static Optional<Map<String, Object>> find(Supplier<RequestSpecification> caller, String path,
                                                     String field, Object value) {
        return find(caller, path, item -> value.equals(item.get(field)));
    }
}
