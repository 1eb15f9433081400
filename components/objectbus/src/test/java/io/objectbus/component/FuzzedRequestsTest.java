// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.bus.BusNode;
import io.objectbus.testing.Paho5Probe;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.junit.jupiter.api.Test;

/** Random and mangled payloads on every request topic: each is answered or reported, none hurts the node. */
class FuzzedRequestsTest {

    private static final List<String> SEEDS = List.of(
            "{\"v\":22,\"p\":8}",
            "{\"v\":null,\"p\":3,\"ttl\":5,\"owner\":\"x\"}",
            "{\"list\":\"objects\",\"type\":\"room\",\"detail\":\"full\"}",
            "{\"id\":\"a\",\"reply\":\"fuzz/replies\",\"name\":\"R*\"}",
            "\"eco\"",
            "21.5");

    @Test
    void aThousandMangledRequestsLeaveTheNodeAnswering() throws Exception {
        long internalBefore = BusNode.internalErrors();
        try (BusFixture node = BusFixture.start("fz", c -> c.setRequestsPerSecond(100_000));
                Paho5Probe client = new Paho5Probe(node.url(), "fuzzer")) {
            node.bus().describe(Rooms.room("r1", "floor-1"));
            List<String> topics = List.of(
                    node.topic("r1/setpoint/$set"),
                    node.topic("r1/mode/$set"),
                    node.topic("r1/light/$set"),
                    node.topic("$discover"),
                    "ob/v1/$discover");
            Random random = new Random(20261122L);
            long errorsBefore = node.bus().errors().total();
            for (int i = 0; i < 1000; i++) {
                MqttMessage message = new MqttMessage(mangle(random));
                message.setQos(0);
                client.client().publish(topics.get(random.nextInt(topics.size())), message);
            }
            await().until(() -> node.bus().errors().total() - errorsBefore > 300);
            try (WriteClient writer = new WriteClient(node.url(), "after-fuzz")) {
                assertThat(writer.write(node.topic("r1/setpoint/$set"), "{\"v\":23,\"p\":1}")
                                .get("status")
                                .asText())
                        .isEqualTo("applied");
            }
        }
        assertThat(BusNode.internalErrors()).isEqualTo(internalBefore);
    }

    private static byte[] mangle(Random random) {
        byte[] seed = SEEDS.get(random.nextInt(SEEDS.size())).getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(4)) {
            case 0 -> randomBytes(random, random.nextInt(64));
            case 1 -> java.util.Arrays.copyOf(seed, random.nextInt(seed.length + 1));
            case 2 -> flipBytes(random, seed);
            default -> insertJunk(random, seed);
        };
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] flipBytes(Random random, byte[] seed) {
        byte[] copy = seed.clone();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static byte[] insertJunk(Random random, byte[] seed) {
        String text = new String(seed, StandardCharsets.UTF_8);
        int at = random.nextInt(text.length() + 1);
        String[] junk = {"\\u0000", "}", "{", "\"p\":-1,", "\"v\":1e999,", "\"v\":[1,2],", "\"v\":{}", "null", "ü"};
        return (text.substring(0, at) + junk[random.nextInt(junk.length)] + text.substring(at))
                .getBytes(StandardCharsets.UTF_8);
    }
}
