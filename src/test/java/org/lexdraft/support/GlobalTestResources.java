package org.lexdraft.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the fresh test database for every @QuarkusTest. */
@QuarkusTestResource(TestDatabase.class)
public class GlobalTestResources {
}
