// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.lorawanns;

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
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code payload/{chirpstack,thingsstack}.<case>.json} — an application's integration messages and the writes
 * sent to its devices, in order, written after the network servers' documented examples (cited in each file's
 * {@code source}) — maps to {@code <server>.<case>.expected.json}: per step what the message means to the bus (or the
 * error it is refused with), or the downlink a write becomes. {@code -Dgolden.update=true} writes the expected files
 * anew for review.
 */
class NetworkServerGoldenTest {
    private static final Path PAYLOADS = Path.of("src/test/resources/payload");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(PAYLOADS)) {
            return files
                    .map(f -> f.getFileName().toString())
                    .filter(name -> name.startsWith("chirpstack.") || name.startsWith("thingsstack."))
                    .filter(name -> !name.endsWith(".expected.json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void anApplicationsDocumentedMessagesAndWritesMapToTheExpectedValuesAcksAndDownlinks(String name) throws Exception {
        JsonNode input = Json.MAPPER.readTree(PAYLOADS.resolve(name + ".json").toFile());
        assertThat(input.path("source").size()).as("the case cites its sources").isPositive();
        NetworkServerMapper mapper = mapper(name, input.get("application"));
        JsonNode encoding = input.get("downlink");
        DownlinkEncoding downlinks = new DownlinkEncoding(
                encoding.get("fPort").asInt(),
                encoding.get("confirmed").asBoolean(),
                encoding.path("template").asText(""),
                Set.of(encoding.get("writable").asText().split(",")));
        List<Object> steps = new ArrayList<>();
        input.get("steps")
                .forEach(step -> steps.add(
                        step.has("write") ? write(mapper, downlinks, step.get("write")) : read(mapper, step)));
        JsonNode actual = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(steps));
        Path expected = PAYLOADS.resolve(name + ".expected.json");
        if (Boolean.getBoolean("golden.update")) {
            Json.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(expected.toFile(), actual);
        }
        assertThat(expected).as("the expected file of " + name).exists();
        assertThat(actual).isEqualTo(Json.MAPPER.readTree(expected.toFile()));
    }

    static NetworkServerMapper mapper(String name, JsonNode application) {
        return name.startsWith("chirpstack.")
                ? new ChirpStackMapper(application.get("id").asText())
                : new ThingsStackMapper(
                        application.get("id").asText(),
                        application.path("tenant").asText(""));
    }

    private static Object read(NetworkServerMapper mapper, JsonNode step) {
        byte[] bytes = step.get("payload").toString().getBytes(StandardCharsets.UTF_8);
        try {
            return mapper.read(step.get("topic").asText(), bytes);
        } catch (IllegalArgumentException e) {
            Map<String, Object> refused = new LinkedHashMap<>();
            refused.put("topic", step.get("topic").asText());
            refused.put("error", e.getMessage());
            return refused;
        }
    }

    private static Object write(NetworkServerMapper mapper, DownlinkEncoding encoding, JsonNode write) {
        Object value = Json.MAPPER.convertValue(write.get("value"), Object.class);
        String device = write.get("device").asText();
        WriteCommand command = new WriteCommand(device, write.get("resource").asText(), value, 8, 8, null, null, null);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("write", write);
        try {
            result.put("downlink", mapper.downlink(device, encoding.request(command)));
        } catch (IllegalArgumentException e) {
            result.put("error", e.getMessage());
        }
        return result;
    }
}
