// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.objectbus.bus.Json;
import io.objectbus.testing.Received;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/** The JSON Schemas of docs/schemas, which docs/PROTOCOL.md refers to, as assertions. */
public final class Schemas {

    private static final Path SCHEMAS =
            Path.of("../../docs/schemas").toAbsolutePath().normalize();

    private Schemas() {}

    public static void assertValid(String schemaName, Received message) throws IOException {
        assertValid(schemaName, message.text());
    }

    public static void assertValid(String schemaName, String payload) throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(
                        m -> m.mapPrefix("https://objectbus.io/schemas/v1/", SCHEMAS.toUri() + "/")));
        JsonSchema schema = factory.getSchema(SchemaLocation.of(
                SCHEMAS.resolve(schemaName + ".schema.json").toUri().toString()));
        JsonNode json = Json.parse(payload.getBytes(StandardCharsets.UTF_8));
        Set<ValidationMessage> problems = schema.validate(json);
        assertThat(problems).as(schemaName + ": " + payload).isEmpty();
    }
}
