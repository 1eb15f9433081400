// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.mqttjson;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.transforms.shelly.ShellyMapper;
import io.objectbus.transforms.tasmota.TasmotaMapper;
import io.objectbus.transforms.zigbee2mqtt.Zigbee2MqttMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Garbage on every topic a device mapper reads — random bytes, cut and mutated JSON of the documented payloads —
 * either maps to a message or is refused with an {@link IllegalArgumentException} that says why: never another
 * exception, which would be a bug in the mapper rather than bad input.
 */
class DeviceFuzzTest {
    private static final int ROUNDS = 3000;
    private static final List<String> SEEDS = List.of(
            "{\"POWER\":\"ON\",\"Dimmer\":50,\"Wifi\":{\"RSSI\":90}}",
            "{\"ENERGY\":{\"Power\":22,\"Total\":0.003},\"AM2301\":{\"Temperature\":22.6},\"TempUnit\":\"C\"}",
            "{\"StatusSTS\":{\"POWER1\":\"OFF\"}}",
            "{\"src\":\"s\",\"method\":\"NotifyStatus\",\"params\":{\"switch:0\":{\"output\":true,\"aenergy\":{\"total\":1}}}}",
            "{\"id\":1,\"src\":\"s\",\"result\":{\"switch:0\":{\"output\":true}}}",
            "{\"id\":2,\"error\":{\"code\":-103,\"message\":\"no\"}}",
            "[{\"friendly_name\":\"d\",\"definition\":{\"exposes\":[{\"type\":\"light\",\"features\":[{\"type\":\"binary\",\"property\":\"state\",\"access\":7,\"value_on\":\"ON\",\"value_off\":\"OFF\"}]}]}}]",
            "{\"state\":\"ON\",\"brightness\":200,\"temperature\":21.5}",
            "{\"level\":\"error\",\"message\":\"Publish 'set' 'state' to 'd' failed: 'x'\"}",
            "Online",
            "true");

    record Family(String name, Supplier<DeviceMapper> mapper, List<String> topics) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Family> families() {
        return Stream.of(
                new Family(
                        "tasmota",
                        () -> new TasmotaMapper("t"),
                        List.of(
                                "tele/t/LWT",
                                "tele/t/STATE",
                                "tele/t/SENSOR",
                                "stat/t/RESULT",
                                "stat/t/POWER2",
                                "stat/t/STATUS11")),
                new Family(
                        "shelly",
                        () -> new ShellyMapper("s", "ob"),
                        List.of("s/online", "s/events/rpc", "s/status/switch:0", "ob/rpc")),
                new Family(
                        "zigbee2mqtt",
                        () -> new Zigbee2MqttMapper("z", "d"),
                        List.of("z/d", "z/d/availability", "z/bridge/state", "z/bridge/devices", "z/bridge/logging")));
    }

    @ParameterizedTest
    @MethodSource("families")
    void garbageOnAnyTopicOfTheDeviceIsMappedOrRefusedWithAReasonButNeverBreaksTheMapper(Family family) {
        Random random = new Random(20261204L + family.name().hashCode());
        DeviceMapper mapper = family.mapper().get();
        for (int i = 0; i < ROUNDS; i++) {
            String topic = family.topics().get(random.nextInt(family.topics().size()));
            byte[] payload = garbage(random);
            try {
                assertThat(mapper.read(topic, payload)).isNotNull();
            } catch (IllegalArgumentException refused) {
                assertThat(refused.getMessage()).as("the reason for %s", topic).isNotBlank();
            }
        }
        // After all that garbage, a good message still maps.
        assertThat(mapper.read(family.topics().get(0), good(family.name())).kind())
                .isNotNull();
    }

    private static byte[] garbage(Random random) {
        String seed = SEEDS.get(random.nextInt(SEEDS.size()));
        return switch (random.nextInt(4)) {
            case 0 -> randomBytes(random);
            case 1 -> seed.substring(0, random.nextInt(seed.length() + 1)).getBytes(StandardCharsets.UTF_8);
            case 2 -> mutate(seed.getBytes(StandardCharsets.UTF_8), random);
            default ->
                seed.replace("ON", random.nextBoolean() ? "1" : "null")
                        .replace("22", "\"x\"")
                        .getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(64)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] mutate(byte[] bytes, Random random) {
        for (int n = random.nextInt(4); n >= 0 && bytes.length > 0; n--) {
            bytes[random.nextInt(bytes.length)] = (byte) "{}[]\":,0-.eAz \\".charAt(random.nextInt(15));
        }
        return bytes;
    }

    private static byte[] good(String family) {
        String payload =
                switch (family) {
                    case "tasmota" -> "Online";
                    case "shelly" -> "true";
                    default -> "{\"temperature\":21.5}";
                };
        return payload.getBytes(StandardCharsets.UTF_8);
    }
}
