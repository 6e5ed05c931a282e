package org.lexdraft.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;

/** The REST contract, api-spec/openapi.yaml, as the tests read it (relative to the project directory). */
public final class Contract {

    public static final Path FILE = Path.of("api-spec", "openapi.yaml");

    private Contract() {
    }

    /** The contract file as a JSON tree, its scalars read as Jackson reads YAML. */
    public static JsonNode read() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(FILE.toFile());
    }
}
