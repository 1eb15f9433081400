// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every kind of bad input gets a clear rejection and an entry on $errors; the node goes on. */
class BadInputTest {

    private static BusFixture node;
    private static WriteClient client;
    private static Paho5Probe errors;

    @BeforeAll
    static void startNode() throws Exception {
        node = BusFixture.start("n1", c -> {
            c.setMaxRequestBytes(1024);
            c.setRequestsPerSecond(100);
        });
        node.bus().describe(Rooms.room("r101", "floor-1"));
        client = new WriteClient(node.url(), "bad-writer");
        errors = new Paho5Probe(node.url(), "errors");
        errors.subscribe(node.topic("$errors"), 1);
    }

    @AfterAll
    static void stopNode() throws Exception {
        client.close();
        errors.close();
        node.close();
    }

    @BeforeEach
    void clear() {
        errors.clear();
    }

    @Test
    void malformedJsonIsRejected() throws Exception {
        assertRejected("r101/setpoint/$set", "{\"v\":22,", "malformed JSON");
    }

    @Test
    void aWrongValueTypeIsRejected() throws Exception {
        assertRejected("r101/setpoint/$set", "{\"v\":\"warm\"}", "expected a number, got string warm");
    }

    @Test
    void anOutOfRangeWriteIsRejected() throws Exception {
        assertRejected("r101/setpoint/$set", "{\"v\":99}", "value 99.0 is outside [5.0, 30.0]");
    }

    @Test
    void aBadPriorityIsRejected() throws Exception {
        assertRejected("r101/setpoint/$set", "{\"v\":21,\"p\":17}", "priority \"p\" must be an integer from 1 to 16");
    }

    @Test
    void anUnknownObjectIsRejected() throws Exception {
        assertRejected("r999/setpoint/$set", "{\"v\":21}", "unknown object r999");
    }

    @Test
    void anUnknownResourceIsRejected() throws Exception {
        assertRejected("r101/pressure/$set", "{\"v\":21}", "unknown resource pressure of object r101");
    }

    @Test
    void aReadOnlyResourceIsRejected() throws Exception {
        assertRejected("r101/temperature/$set", "{\"v\":21}", "resource temperature is not writable");
    }

    @Test
    void nonAsciiAndDollarSegmentsAreRejected() throws Exception {
        assertRejected("r\u00e9101/setpoint/$set", "{\"v\":21}", "invalid id in topic");
        assertRejected("$x/setpoint/$set", "{\"v\":21}", "invalid id in topic");
    }

    @Test
    void aWriteTopicWithAnExtraLevelIsRejected() throws Exception {
        assertRejected("r101/setpoint/extra/$set", "{\"v\":21}", "a write topic is ob/v1/n1/{object}/{resource}/$set");
    }

    @Test
    void wildcardsCannotBePublishedAtAll() {
        assertThatThrownBy(() -> client.probe().publish(node.topic("+/setpoint/$set"), "{}", 1, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOversizedPayloadIsRejectedUnread() throws Exception {
        assertRejected("r101/setpoint/$set", "{\"v\":21,\"pad\":\"" + "x".repeat(2000) + "\"}", "exceeds 1024");
    }

    @Test
    void aBadDiscoveryRequestIsRejected() throws Exception {
        String replies = client.send("ob/v1/n1/$discover", "{\"list\":\"everything\"}");
        JsonNode reply = Json.parse(client.probe().awaitOn(replies).payload());
        assertThat(reply.get("status").asText()).isEqualTo("rejected");
        errors.awaitOn(node.topic("$errors"), "must be \\\"nodes\\\" or \\\"objects\\\"");
    }

    @Test
    void aFloodIsCutToTheConfiguredRateAndTheNodeKeepsAnswering() throws Exception {
        for (int i = 0; i < 400; i++) {
            client.probe().publish(node.topic("r101/setpoint/$set"), "{\"v\":21}", 0, false);
        }
        errors.awaitOn(node.topic("$errors"), "too many requests");
        await().untilAsserted(() -> assertThat(client.write(node.topic("r101/setpoint/$set"), "{\"v\":22,\"p\":9}")
                        .get("status")
                        .asText())
                .isIn("applied", "stored"));
    }

    @Test
    void anAdapterValueOfTheWrongTypeIsReportedAndTheRouteGoesOn() throws Exception {
        ProducerTemplate producer = node.camel.createProducerTemplate();
        producer.sendBodyAndHeader(
                "objectbus:publish?object=r101",
                Map.of("temperature", "hot", "humidity", 40),
                "ObjectBusObject",
                "r101");
        Received error = errors.awaitOn(node.topic("$errors"), "adapter r101/temperature");
        assertThat(error.text()).contains("expected a number, got string hot");
        try (Paho5Probe values = new Paho5Probe(node.url(), "values")) {
            values.subscribe(node.topic("r101/humidity"), 0);
            values.awaitOn(node.topic("r101/humidity"), "\"v\":40");
        }
    }

    @Test
    void aBareTextReadingIsTakenAsTheResourcesTypeAndGarbageStillReported() throws Exception {
        ProducerTemplate producer = node.camel.createProducerTemplate();
        try (Paho5Probe values = new Paho5Probe(node.url(), "bare-values")) {
            values.subscribe(node.topic("r101/+"), 0);
            // as a raw MQTT payload arrives: bytes of the text a device sent
            producer.sendBody("objectbus:publish?object=r101&resource=temperature", " 23.5 ".getBytes());
            producer.sendBody("objectbus:publish?object=r101&resource=light", "TRUE");
            values.awaitOn(node.topic("r101/temperature"), "\"v\":23.5");
            values.awaitOn(node.topic("r101/light"), "\"v\":true");
        }
        producer.sendBody("objectbus:publish?object=r101&resource=temperature", "NaN");
        errors.awaitOn(node.topic("$errors"), "expected a number, got string NaN");
    }

    @Test
    void anAdapterValueForAnUnknownObjectIsReported() {
        node.camel.createProducerTemplate().sendBody("objectbus:publish?object=ghost&resource=temperature", 20.0);
        errors.awaitOn(node.topic("$errors"), "unknown object ghost");
    }

    @Test
    void anAdapterBodyThatIsNotJsonIsReported() {
        node.camel.createProducerTemplate().sendBody("objectbus:publish?object=r101", "{not json");
        errors.awaitOn(node.topic("$errors"), "the body is not JSON");
    }

    private static void assertRejected(String topicRest, String payload, String reason) throws Exception {
        JsonNode reply = client.write(node.topic(topicRest), payload);
        assertThat(reply.get("status").asText()).isEqualTo("rejected");
        assertThat(reply.get("reason").asText()).contains(reason);
        String source = "\"source\":\"" + node.topic(topicRest) + "\"";
        Received error =
                errors.await(r -> r.text().contains(source) && r.text().contains(reason.replace("\"", "\\\"")));
        JsonNode json = Json.parse(error.payload());
        assertThat(json.get("source").asText()).isEqualTo(node.topic(topicRest));
        assertThat(json.get("payload").asText())
                .isEqualTo(payload.length() > 1024 ? payload.substring(0, 1024) : payload);
    }
}
