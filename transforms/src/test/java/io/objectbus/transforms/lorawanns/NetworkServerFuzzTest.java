// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.lorawanns;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.bus.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Garbage on every event topic of an application — random bytes, and the golden files' documented messages cut short
 * or with bytes overwritten — either maps to an event or is refused with an {@link IllegalArgumentException} that says
 * why: never another exception, which would be a bug in the mapper rather than bad input.
 */
class NetworkServerFuzzTest {
    private static final int ROUNDS = 5000;

    @ParameterizedTest
    @ValueSource(strings = {"chirpstack.sensor", "thingsstack.sensor"})
    void garbageOnAnyEventTopicIsMappedOrRefusedWithAReasonButNeverBreaksTheMapper(String name) throws Exception {
        var input = Json.MAPPER.readTree(Files.readAllBytes(Path.of("src/test/resources/payload", name + ".json")));
        NetworkServerMapper mapper = NetworkServerGoldenTest.mapper(name, input.get("application"));
        List<String> topics = new ArrayList<>();
        List<String> seeds = new ArrayList<>();
        input.get("steps").forEach(step -> {
            if (step.has("topic")) {
                topics.add(step.get("topic").asText());
                seeds.add(step.get("payload").toString());
            }
        });
        Random random = new Random(20261204L + name.hashCode());
        for (int i = 0; i < ROUNDS; i++) {
            String topic = topics.get(random.nextInt(topics.size()));
            byte[] payload = garbage(random, seeds.get(random.nextInt(seeds.size())));
            try {
                assertThat(mapper.read(topic, payload)).isNotNull();
            } catch (IllegalArgumentException refused) {
                assertThat(refused.getMessage()).as("the reason for %s", topic).isNotBlank();
            }
        }
        // After all that garbage, the documented uplink still maps to values.
        assertThat(mapper.read(topics.get(1), seeds.get(1).getBytes(StandardCharsets.UTF_8))
                        .kind())
                .isEqualTo(NsEvent.Kind.VALUES);
    }

    private static byte[] garbage(Random random, String seed) {
        return switch (random.nextInt(4)) {
            case 0 -> randomBytes(random);
            case 1 -> seed.substring(0, random.nextInt(seed.length() + 1)).getBytes(StandardCharsets.UTF_8);
            case 2 -> mutate(seed.getBytes(StandardCharsets.UTF_8), random);
            default ->
                seed.replaceAll("-?[0-9]+(\\.[0-9]+)?", random.nextBoolean() ? "\"x\"" : "null")
                        .getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(64)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] mutate(byte[] bytes, Random random) {
        for (int n = random.nextInt(6); n >= 0 && bytes.length > 0; n--) {
            bytes[random.nextInt(bytes.length)] = (byte) "{}[]\":,0-.eAz \\".charAt(random.nextInt(15));
        }
        return bytes;
    }
}
