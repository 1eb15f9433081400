// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.mqttdevices;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Each device kamelet subscribes to the topics its mapping reads: the filters are written in the kamelet's YAML, and
 * the mapping lists them too; a topic missing from either would be a device message the adapter never sees.
 */
class KameletTopicsTest {

    @ParameterizedTest
    @CsvSource({"tasmota, tasmota_1A2B3C, ''", "shelly, shellyplus1pm-441793d69718, ''", "zigbee2mqtt, hall/light, z2m"
    })
    void theKameletSubscribesToEveryTopicTheMappingReads(String protocol, String device, String base) throws Exception {
        Path file = Path.of("src/main/resources/kamelets", protocol + "-device.kamelet.yaml");
        Object yaml = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
        JsonNode kamelet = new ObjectMapper().valueToTree(yaml);
        String filters = kamelet.path("spec")
                .path("template")
                .path("from")
                .path("parameters")
                .path("topic")
                .asText();
        Map<String, String> parameters =
                Map.of("name", "obj", "topic", device, "prefix", device, "friendlyName", device, "baseTopic", base);
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            filters = filters.replace("{{" + p.getKey() + "}}", p.getValue());
        }
        assertThat(filters).startsWith("RAW(").endsWith(")");
        List<String> subscribed =
                List.of(filters.substring(4, filters.length() - 1).split(","));
        String mapperBase = base.isEmpty() ? "zigbee2mqtt" : base;
        assertThat(subscribed)
                .containsExactlyInAnyOrderElementsOf(
                        DeviceMappers.of(protocol, "obj", device, mapperBase).topics());
    }
}
