// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.bacnet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.objectbus.bacnet.network.PointSnapshot;
import io.objectbus.bus.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code payload/bacnet.<case>.json} (a scanned device) maps to {@code bacnet.<case>.expected.json}: the bus
 * objects and the values of the scan. Run with {@code -Dgolden.update=true} to write the expected files anew, then
 * review the difference.
 */
class BacnetGoldenTest {
    private static final Path PAYLOADS = Path.of("src/test/resources/payload");
    private static final Instant SCANNED = Instant.parse("2026-11-21T10:00:00.250Z");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(PAYLOADS)) {
            return files
                    .map(f -> f.getFileName().toString())
                    .filter(name -> name.startsWith("bacnet.") && !name.endsWith(".expected.json"))
                    .map(name -> name.substring("bacnet.".length(), name.length() - ".json".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aScannedDeviceMapsToTheExpectedObjectsAndValues(String name) throws Exception {
        BacnetDevice device = Json.MAPPER.readValue(
                PAYLOADS.resolve("bacnet." + name + ".json").toFile(), BacnetDevice.class);
        // Through the text, as a client reads it: numbers then compare by value, not by Java type.
        JsonNode actual = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(normalise(device)));
        Path expected = PAYLOADS.resolve("bacnet." + name + ".expected.json");
        if (Boolean.getBoolean("golden.update") || !Files.exists(expected)) {
            Json.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(expected.toFile(), actual);
        }
        assertThat(actual).isEqualTo(Json.MAPPER.readTree(expected.toFile()));
    }

    private static Map<String, Object> normalise(BacnetDevice device) {
        BacnetMapping mapping = new BacnetMapping();
        List<PointSnapshot> scanned = device.objects().stream()
                .map(point -> new PointSnapshot(point.id(), point.properties()))
                .toList();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("objects", mapping.describe(device, true));
        result.put("values", mapping.samples(device.instance(), scanned, SCANNED));
        return result;
    }
}
