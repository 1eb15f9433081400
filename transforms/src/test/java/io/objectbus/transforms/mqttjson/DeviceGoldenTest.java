// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.mqttjson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.objectbus.bus.Json;
import io.objectbus.bus.WriteCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code payload/{tasmota,shelly,zigbee2mqtt}.<case>.json} — a device, and the messages it publishes and the
 * writes it gets, in order, as the projects' documentation shows them — maps to {@code <family>.<case>.expected.json}:
 * per step what the message means to the bus (or the error it is refused with), or the command a write becomes. Run
 * with {@code -Dgolden.update=true} to write the expected files anew, then review the difference; a case without its
 * expected file fails.
 */
class DeviceGoldenTest {
    private static final Path PAYLOADS = Path.of("src/test/resources/payload");
    private static final List<String> FAMILIES = List.of("tasmota.", "shelly.", "zigbee2mqtt.");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(PAYLOADS)) {
            return files
                    .map(f -> f.getFileName().toString())
                    .filter(name -> FAMILIES.stream().anyMatch(name::startsWith))
                    .filter(name -> !name.endsWith(".expected.json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aDevicesDocumentedPayloadsAndWritesMapToTheExpectedResourcesValuesAndCommands(String name) throws Exception {
        JsonNode input = Json.MAPPER.readTree(PAYLOADS.resolve(name + ".json").toFile());
        assertThat(input.path("source").size()).as("the case cites its sources").isPositive();
        DeviceMapper mapper = Devices.mapper(name.substring(0, name.indexOf('.')), input.get("device"));
        List<Object> steps = new ArrayList<>();
        input.get("steps")
                .forEach(step -> steps.add(step.has("write") ? write(mapper, step.get("write")) : read(mapper, step)));
        JsonNode actual = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(steps));
        Path expected = PAYLOADS.resolve(name + ".expected.json");
        if (Boolean.getBoolean("golden.update")) {
            Json.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(expected.toFile(), actual);
        }
        assertThat(expected).as("the expected file of " + name).exists();
        assertThat(actual).isEqualTo(Json.MAPPER.readTree(expected.toFile()));
    }

    private static Object read(DeviceMapper mapper, JsonNode step) {
        JsonNode payload = step.get("payload");
        byte[] bytes = payload.isTextual()
                ? payload.asText().getBytes(StandardCharsets.UTF_8)
                : payload.toString().getBytes(StandardCharsets.UTF_8);
        try {
            return mapper.read(step.get("topic").asText(), bytes);
        } catch (IllegalArgumentException e) {
            Map<String, Object> refused = new LinkedHashMap<>();
            refused.put("topic", step.get("topic").asText());
            refused.put("error", e.getMessage());
            return refused;
        }
    }

    private static Object write(DeviceMapper mapper, JsonNode write) {
        Object value = Json.MAPPER.convertValue(write.get("value"), Object.class);
        WriteCommand command =
                new WriteCommand("device", write.get("resource").asText(), value, 8, 8, null, null, null);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("write", write);
        try {
            result.put("command", mapper.command(command));
        } catch (IllegalArgumentException e) {
            result.put("error", e.getMessage());
        }
        return result;
    }
}
