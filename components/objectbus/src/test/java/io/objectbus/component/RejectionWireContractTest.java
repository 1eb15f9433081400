// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import static io.objectbus.component.Schemas.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.testing.Paho3Probe;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way the node rejects a request (RequestGate: size, rate, JSON syntax; SetRequests and WriteRequest: topic,
 * ids, object, resource, writability, payload shape, priority, ttl; ValueCoercion: type, range, enum;
 * DiscoveryQuery: shape, list, detail, filter types and lengths; DiscoveryResponder: no reply topic) answers with a
 * reply that matches its reply schema and an entry on $errors that matches the error schema.
 */
class RejectionWireContractTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SET = "set-reply";
    private static final String DISCOVER = "discover-reply";
    private static final String OVERSIZED = "{\"v\":21,\"pad\":\"" + "x".repeat(70_000) + "\"}";
    private static final AtomicInteger REPLIES = new AtomicInteger();
    private static BusFixture node;
    private static Paho5Probe client;
    private static Paho5Probe errors;

    @BeforeAll
    static void startNode() throws Exception {
        node = BusFixture.start("node1", c -> {});
        node.bus().describe(Rooms.room("r1", "floor-1"));
        client = new Paho5Probe(node.url(), "rejected-client");
        client.subscribe("replies/#", 1);
        errors = new Paho5Probe(node.url(), "rejected-errors");
        errors.subscribe("ob/v1/node1/$errors", 1);
    }

    @AfterAll
    static void stopNode() throws Exception {
        client.close();
        errors.close();
        node.close();
    }

    static Stream<Arguments> rejectedRequests() {
        String setpoint = "ob/v1/node1/r1/setpoint/$set";
        String discover = "ob/v1/node1/$discover";
        return Stream.of(
                rejected("write: malformed JSON", SET, setpoint, "{\"v\":22,", "malformed JSON"),
                rejected("write: empty payload", SET, setpoint, "", "malformed JSON"),
                rejected("write: neither object nor value", SET, setpoint, "[21]", "expected a JSON object"),
                rejected("write: no v", SET, setpoint, "{\"p\":8}", "missing \"v\""),
                rejected("write: v not a scalar", SET, setpoint, "{\"v\":[1,2]}", "got ARRAY"),
                rejected("write: wrong type", SET, setpoint, "{\"v\":\"warm\"}", "expected a number"),
                rejected("write: out of range", SET, setpoint, "{\"v\":99}", "outside [5.0, 30.0]"),
                rejected("write: not a boolean", SET, "ob/v1/node1/r1/light/$set", "5", "expected true or false"),
                rejected("write: not in the enum", SET, "ob/v1/node1/r1/mode/$set", "\"turbo\"", "is not one of"),
                rejected("write: priority 17", SET, setpoint, "{\"v\":21,\"p\":17}", "priority \"p\""),
                rejected("write: priority 0", SET, setpoint, "{\"v\":21,\"p\":0}", "priority \"p\""),
                rejected("write: priority as text", SET, setpoint, "{\"v\":21,\"p\":\"8\"}", "priority \"p\""),
                rejected("write: negative ttl", SET, setpoint, "{\"v\":21,\"ttl\":-1}", "\"ttl\" must be"),
                rejected("write: unknown object", SET, "ob/v1/node1/r9/setpoint/$set", "21", "unknown object r9"),
                rejected("write: unknown resource", SET, "ob/v1/node1/r1/co9/$set", "21", "unknown resource co9"),
                rejected("write: read-only", SET, "ob/v1/node1/r1/temperature/$set", "21", "is not writable"),
                rejected("write: invalid id", SET, "ob/v1/node1/r\u00e91/setpoint/$set", "21", "invalid id"),
                rejected("write: a level too many", SET, "ob/v1/node1/r1/setpoint/x/$set", "21", "a write topic"),
                rejected("write: a level too few", SET, "ob/v1/node1/r1/$set", "21", "a write topic"),
                rejected("write: node-level", SET, "ob/v1/node1/$set", "21", "a write topic"),
                rejected("write: prefix-level", SET, "ob/v1/$set", "21", "a write topic"),
                rejected("write: oversized", SET, setpoint, OVERSIZED, "exceeds 65536"),
                rejected("discovery: malformed JSON", DISCOVER, discover, "{\"list\":", "malformed JSON"),
                rejected("discovery: empty payload", DISCOVER, discover, "", "malformed JSON"),
                rejected("discovery: not an object", DISCOVER, discover, "[1]", "a JSON object"),
                rejected("discovery: bad list", DISCOVER, discover, "{\"list\":\"all\"}", "\"list\" must be"),
                rejected("discovery: bad detail", DISCOVER, discover, "{\"detail\":\"all\"}", "\"detail\" must be"),
                rejected("discovery: a number as filter", DISCOVER, discover, "{\"type\":5}", "must be a string"),
                rejected(
                        "discovery: a pattern too long",
                        DISCOVER,
                        discover,
                        "{\"name\":\"" + "x".repeat(300) + "\"}",
                        "longer than 256"),
                rejected("discovery: broadcast, bad list", DISCOVER, "ob/v1/$discover", "{\"list\":5}", "\"list\""),
                rejected("discovery: oversized", DISCOVER, discover, OVERSIZED, "exceeds 65536"));
    }

    private static Arguments rejected(String kind, String schema, String topic, String payload, String reason) {
        return Arguments.of(Named.of(kind, schema), topic, payload, reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedRequests")
    void aRejectedRequestIsAnsweredAndReportedAsTheSchemasSay(
            String schema, String topic, String payload, String reason) throws Exception {
        String replyTopic = "replies/" + REPLIES.incrementAndGet();
        client.request(topic, payload, replyTopic, replyTopic);
        Received reply = client.await(r -> r.topic().equals(replyTopic), WAIT);
        assertValid(schema, reply);
        JsonNode json = parse(reply);
        assertThat(json.get("status").asText()).isEqualTo("rejected");
        assertThat(json.get("reason").asText()).contains(reason);
        assertValid("error", errorFor(topic, json.get("reason").asText()));
    }

    @Test
    void aRejectedWriteNamesItsTargetAndEchoesTheIdOfAnMqtt311Request() throws Exception {
        try (Paho3Probe client3 = new Paho3Probe(node.url(), "rejected-311")) {
            client3.subscribe("replies311/#", 1);
            client3.publish(
                    "ob/v1/node1/r1/setpoint/$set",
                    "{\"v\":21,\"p\":99,\"id\":\"w-9\",\"reply\":\"replies311/w\"}",
                    1,
                    false);
            Received reply = client3.await(r -> r.topic().equals("replies311/w"), WAIT);
            assertValid(SET, reply);
            JsonNode json = parse(reply);
            assertThat(json.get("id").asText()).isEqualTo("w-9");
            assertThat(json.get("object").asText()).isEqualTo("r1");
            assertThat(json.get("resource").asText()).isEqualTo("setpoint");
        }
    }

    @Test
    void aDiscoveryRequestWithoutAReplyTopicIsReportedOnErrors() throws Exception {
        client.publish("ob/v1/node1/$discover", "{\"type\":\"room\"}", 1, false);
        assertValid("error", errorFor("ob/v1/node1/$discover", "discovery request without a response topic"));
    }

    @Test
    void aWriteWithoutAReplyTopicIsStillReportedOnErrors() throws Exception {
        client.publish("ob/v1/node1/r1/setpoint/$set", "{\"v\":98}", 1, false);
        assertValid("error", errorFor("ob/v1/node1/r1/setpoint/$set", "value 98.0 is outside"));
    }

    @Test
    void requestsOverTheRateLimitAreAnsweredAsTheSchemasSay() throws Exception {
        try (BusFixture limited = BusFixture.start("limited", c -> c.setRequestsPerSecond(5));
                Paho5Probe flooder = new Paho5Probe(limited.url(), "flooder");
                Paho5Probe limitedErrors = new Paho5Probe(limited.url(), "flood-errors")) {
            limited.bus().describe(Rooms.room("r1", "floor-1"));
            flooder.subscribe("flood/#", 1);
            limitedErrors.subscribe("ob/v1/limited/$errors", 1);
            for (int i = 0; i < 40; i++) {
                flooder.request("ob/v1/limited/r1/setpoint/$set", "{\"v\":21}", "flood/set", "s" + i);
                flooder.request("ob/v1/limited/$discover", "{}", "flood/discover", "d" + i);
            }
            assertValid(SET, flooder.await(r -> r.topic().equals("flood/set") && tooMany(r), WAIT));
            assertValid(DISCOVER, flooder.await(r -> r.topic().equals("flood/discover") && tooMany(r), WAIT));
            assertValid("error", limitedErrors.await(RejectionWireContractTest::tooMany, WAIT));
        }
    }

    private static boolean tooMany(Received message) {
        return parse(message).path("reason").asText().startsWith("too many requests");
    }

    private static Received errorFor(String topic, String reason) {
        return errors.await(
                r -> parse(r).path("source").asText().equals(topic)
                        && parse(r).path("reason").asText().startsWith(reason),
                WAIT);
    }

    private static JsonNode parse(Received message) {
        try {
            return Json.parse(message.payload());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
