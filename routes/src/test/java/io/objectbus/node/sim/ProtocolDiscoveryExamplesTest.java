// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.component.BusFixture;
import io.objectbus.model.Sample;
import io.objectbus.testing.MqttProbe;
import io.objectbus.testing.Paho3Probe;
import io.objectbus.testing.Paho5Probe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The discovery examples of docs/PROTOCOL.md, run as written against the simulated site's rooms, answer what the
 * comment beside each says.
 */
class ProtocolDiscoveryExamplesTest {

    private static final Path PROTOCOL = Path.of("../docs/PROTOCOL.md");
    private static final Pattern EXAMPLE =
            Pattern.compile("^mosquitto_(rr|pub) .*?-t '([^']+)'.*? -m '([^']+)'\\s+# (.+)$", Pattern.MULTILINE);
    private static final List<String> FLOOR_1 =
            List.of("room-1-01", "room-1-02", "room-1-03", "room-1-04", "room-1-05");
    private static final Map<String, Consumer<JsonNode>> ANSWERS = Map.of(
            "this node's descriptor",
            reply -> assertThat(reply.at("/info/id").asText()).isEqualTo("node1"),
            "room-1-01 … room-1-05",
            reply -> assertThat(ids(reply)).containsExactlyInAnyOrderElementsOf(FLOOR_1),
            "room-1-01, its values and priority arrays",
            reply -> {
                assertThat(ids(reply)).containsExactly("room-1-01");
                assertThat(reply.at("/objects/0/values/temperature/v").isNumber())
                        .isTrue();
                assertThat(reply.at("/objects/0/priorities/setpoint").size()).isEqualTo(16);
            },
            "every room",
            reply -> assertThat(ids(reply)).hasSize(10).allMatch(id -> id.matches("room-[12]-0[1-5]")));

    private static BusFixture node;

    @BeforeAll
    static void startTheSimulatedSite() throws Exception {
        node = BusFixture.start("node1", c -> {});
        SimulatedSite site = new SimulatedSite(2, 5);
        site.descriptors().forEach(node.bus()::describe);
        for (Map<String, Object> value : site.step()) {
            node.bus()
                    .report(
                            (String) value.get("object"),
                            (String) value.get("resource"),
                            Sample.good(value.get("v"), Instant.now()));
        }
    }

    @AfterAll
    static void stopNode() throws Exception {
        node.close();
    }

    @Test
    void everyDiscoveryExampleAnswersWhatItsCommentSays() throws Exception {
        List<String[]> examples = examples();
        assertThat(examples).extracting(e -> e[3]).containsExactlyInAnyOrderElementsOf(ANSWERS.keySet());
        for (String[] example : examples) {
            JsonNode reply = ask(example[0].equals("rr"), example[1], example[2]);
            ANSWERS.get(example[3]).accept(reply);
        }
    }

    /** {client, topic, payload, comment} of each example in the Discovery section. */
    private static List<String[]> examples() throws Exception {
        String text = Files.readString(PROTOCOL);
        String section = text.substring(text.indexOf("## Discovery"), text.indexOf("## Rejected input"));
        List<String[]> examples = new ArrayList<>();
        Matcher matcher = EXAMPLE.matcher(section);
        while (matcher.find()) {
            examples.add(new String[] {
                matcher.group(1),
                matcher.group(2),
                matcher.group(3),
                matcher.group(4).trim()
            });
        }
        return examples;
    }

    /** As mosquitto_rr (MQTT 5, response topic) or mosquitto_pub -V mqttv311 (reply topic in the payload) asks. */
    private static JsonNode ask(boolean mqtt5, String topic, String payload) throws Exception {
        String replyTopic = mqtt5
                ? "me/replies"
                : Json.parse(payload.getBytes()).get("reply").asText();
        try (MqttProbe client =
                mqtt5 ? new Paho5Probe(node.url(), "example-5") : new Paho3Probe(node.url(), "example-311")) {
            client.subscribe(replyTopic, 1);
            if (client instanceof Paho5Probe client5) {
                client5.request(topic, payload, replyTopic, "example");
            } else {
                client.publish(topic, payload, 1, false);
            }
            return Json.parse(client.await(r -> r.topic().equals(replyTopic), Duration.ofSeconds(30))
                    .payload());
        }
    }

    private static List<String> ids(JsonNode reply) {
        List<String> ids = new ArrayList<>();
        reply.path("objects").forEach(o -> ids.add(o.get("id").asText()));
        return ids;
    }
}
