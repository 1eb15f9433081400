// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * objectbus:subscribe: real MQTT clients publish on the node's broker, routes receive in-VM and normalise onto the
 * bus, real subscribers see the result.
 */
class SubscribeTest {

    /** What a route received. */
    record Got(String topic, String text, Map<String, Object> headers) {}

    private static BusFixture node;
    private static Paho5Probe device;
    private static Paho5Probe errors;
    private static final List<Got> got = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startNode() throws Exception {
        node = BusFixture.start("n1", c -> {}, normaliser(), collector("wild", "objectbus:subscribe?topic=a/#,b/+/c"));
        node.bus().describe(Rooms.room("r101", "floor-1"));
        device = new Paho5Probe(node.url(), "device");
        errors = new Paho5Probe(node.url(), "errors");
        errors.subscribe(node.topic("$errors"), 1);
    }

    @AfterAll
    static void stopNode() throws Exception {
        device.close();
        errors.close();
        node.close();
    }

    @BeforeEach
    void clear() {
        got.clear();
        errors.clear();
    }

    /** Raw device JSON on raw/{object}: numbers by resource, {"temperature": 21.5}. */
    static RouteBuilder normaliser() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("objectbus:subscribe?topic=raw/+")
                        .routeId("adapter-test-raw")
                        .process(e -> {
                            JsonNode raw = Json.parse(e.getMessage().getBody(byte[].class));
                            Map<String, Object> values = new LinkedHashMap<>();
                            for (Map.Entry<String, JsonNode> field : raw.properties()) {
                                if (!field.getValue().isNumber()) {
                                    throw new IllegalArgumentException(field.getKey() + " is not a number");
                                }
                                values.put(field.getKey(), field.getValue().asDouble());
                            }
                            String topic = e.getMessage().getHeader(ObjectBusConstants.TOPIC, String.class);
                            e.getMessage().setHeader(ObjectBusConstants.OBJECT, topic.substring("raw/".length()));
                            e.getMessage().setBody(values);
                        })
                        .to("objectbus:publish");
            }
        };
    }

    static RouteBuilder collector(String routeId, String uri) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(routeId).process(SubscribeTest::collect);
            }
        };
    }

    static void collect(Exchange e) {
        byte[] body = e.getMessage().getBody(byte[].class);
        got.add(new Got(
                e.getMessage().getHeader(ObjectBusConstants.TOPIC, String.class),
                new String(body, StandardCharsets.UTF_8),
                Map.copyOf(e.getMessage().getHeaders())));
    }

    @Test
    void rawJsonOfADeviceReachesTheBusThroughTheNormaliser() throws Exception {
        try (Paho5Probe subscriber = new Paho5Probe(node.url(), "values")) {
            subscriber.subscribe(node.topic("r101/temperature"), 0);
            device.publish("raw/r101", "{\"temperature\":21.5}", 0, false);
            Received value = subscriber.awaitOn(node.topic("r101/temperature"), "\"v\":21.5");
            assertThat(Json.parse(value.payload()).get("q").asText()).isEqualTo("good");
        }
    }

    @Test
    void aFailingExchangeIsReportedOnErrorsAndTheNextMessageStillArrives() throws Exception {
        try (Paho5Probe subscriber = new Paho5Probe(node.url(), "values-after-bad")) {
            subscriber.subscribe(node.topic("r101/humidity"), 0);
            device.publish("raw/r101", "{not json", 1, false);
            device.publish("raw/r101", "{\"humidity\":\"wet\"}", 1, false);
            device.publish("raw/r101", "{\"humidity\":44}", 1, false);

            Received malformed = errors.await(r -> r.text().contains("{not json"));
            JsonNode report = Json.parse(malformed.payload());
            assertThat(report.get("source").asText()).isEqualTo("raw/r101");
            assertThat(report.get("reason").asText()).startsWith("route adapter-test-raw failed: ");
            assertThat(report.get("payload").asText()).isEqualTo("{not json");
            Received wrongType = errors.await(r -> r.text().contains("humidity is not a number"));
            assertThat(Json.parse(wrongType.payload()).get("reason").asText())
                    .isEqualTo("route adapter-test-raw failed: humidity is not a number");

            subscriber.awaitOn(node.topic("r101/humidity"), "\"v\":44");
            assertThat(node.camel
                            .getRouteController()
                            .getRouteStatus("adapter-test-raw")
                            .isStarted())
                    .isTrue();
        }
    }

    @Test
    void multiLevelWildcardAndSeveralFilters() throws Exception {
        for (String topic : List.of("a", "a/x/y", "b/1/c", "b/1/d", "c", "b/1/c/d")) {
            device.publish(topic, "to " + topic, 1, false);
        }
        device.publish("a/last", "last", 1, false);
        await().until(() -> got.stream().anyMatch(g -> g.text().equals("last")));
        // Each filter has a queue of its own: the order holds per topic, not between filters.
        assertThat(got).extracting(Got::topic).containsExactlyInAnyOrder("a", "a/x/y", "b/1/c", "a/last");
        assertThat(got).extracting(Got::text).contains("to a", "to a/x/y", "to b/1/c");
    }

    @Test
    void theHeadersCarryTopicQosMqtt5PropertiesAndTheRetainFlag() throws Exception {
        device.request("a/req", "question", "answers/here", "c-42");
        device.publish("a/state", "on", 0, true);
        await().until(() -> got.size() == 2);

        Map<String, Object> request = got.get(0).headers();
        assertThat(request)
                .containsEntry(ObjectBusConstants.TOPIC, "a/req")
                .containsEntry(ObjectBusConstants.QOS, 1)
                .containsEntry(ObjectBusConstants.RESPONSE_TOPIC, "answers/here")
                .doesNotContainKey(ObjectBusConstants.CURRENT_STATE);
        assertThat((byte[]) request.get(ObjectBusConstants.CORRELATION_DATA))
                .isEqualTo("c-42".getBytes(StandardCharsets.UTF_8));

        Map<String, Object> retained = got.get(1).headers();
        assertThat(retained)
                .containsEntry(ObjectBusConstants.TOPIC, "a/state")
                .containsEntry(ObjectBusConstants.QOS, 0)
                .containsEntry(ObjectBusConstants.CURRENT_STATE, true)
                .doesNotContainKeys(ObjectBusConstants.RESPONSE_TOPIC, ObjectBusConstants.CORRELATION_DATA);
        device.publish("a/state", "", 0, true); // clears the retained message
        await().until(() -> got.size() == 3);
    }

    @Test
    void messagesOfOneTopicArriveInOrder() throws Exception {
        for (int i = 0; i < 500; i++) {
            device.publish("a/seq", Integer.toString(i), 1, false);
        }
        await().until(() -> got.size() == 500);
        assertThat(got).extracting(Got::text).containsExactlyElementsOf(numbers(0, 500));
    }

    @Test
    void aFilterStartingWithAWildcardSkipsDollarTopics() throws Exception {
        node.camel.addRoutes(collector("everything", "objectbus:subscribe?topic=#"));
        try {
            device.publish("$internal/x", "hidden", 1, false);
            device.publish("plain/x", "shown", 1, false);
            await().until(() -> got.stream().anyMatch(g -> g.topic().equals("plain/x")));
            assertThat(got).extracting(Got::topic).doesNotContain("$internal/x");
        } finally {
            node.camel.getRouteController().stopRoute("everything");
            node.camel.removeRoute("everything");
        }
    }

    @Test
    void anUnnamedSubscriptionLeavesNoQueueOrSessionBehindWhenItsRouteStops() throws Exception {
        int sessionsBefore = node.broker.server().getSessions().size();
        node.camel.addRoutes(collector("transient", "objectbus:subscribe?topic=t/+"));
        List<String> queues = consumer("transient").queues();
        assertThat(queues).hasSize(1);
        try (ClientSession session = node.broker.sessionFactory().createSession()) {
            assertThat(session.queueQuery(SimpleString.of(queues.get(0))).isExists())
                    .isTrue();
            device.publish("t/1", "while running", 1, false);
            await().until(() -> got.size() == 1);

            node.camel.getRouteController().stopRoute("transient");
            assertThat(session.queueQuery(SimpleString.of(queues.get(0))).isExists())
                    .isFalse();
            assertThat(session.addressQuery(SimpleString.of("t.*")).getQueueNames())
                    .isEmpty();
            assertThat(consumer("transient").queues()).isEmpty();

            device.publish("t/1", "while stopped", 1, false);
            node.camel.getRouteController().startRoute("transient");
            device.publish("t/1", "after", 1, false);
            await().until(() -> got.size() == 2);
            assertThat(got).extracting(Got::text).containsExactly("while running", "after");
            assertThat(session.addressQuery(SimpleString.of("t.*")).getQueueNames())
                    .hasSize(1);
        } finally {
            node.camel.getRouteController().stopRoute("transient");
            node.camel.removeRoute("transient");
        }
        await().untilAsserted(
                        () -> assertThat(node.broker.server().getSessions()).hasSize(sessionsBefore));
    }

    @Test
    void aBadFilterOrNameIsRejectedWhenTheEndpointIsMade() {
        assertRejected("objectbus:subscribe?topic=a/#/b", "topic filter 'a/#/b' has # where only a whole last level");
        assertRejected("objectbus:subscribe?topic=+x", "topic filter '+x' has + inside a level");
        assertRejected("objectbus:subscribe?topic=a/b#", "topic filter 'a/b#' has #");
        assertRejected("objectbus:subscribe?topic=a,,b", "topic filter '' is empty");
        assertRejected("objectbus:subscribe", "objectbus:subscribe needs the topic option");
        assertRejected("objectbus:subscribe?topic=", "objectbus:subscribe needs the topic option");
        assertRejected("objectbus:subscribe?topic=$share/g/a", "is a shared subscription");
        assertRejected("objectbus:subscribe?topic=a&subscription=x.y", "subscription id must match");
        assertThatThrownBy(() -> node.camel.createProducerTemplate().sendBody("objectbus:subscribe?topic=a", "x"))
                .hasStackTraceContaining("objectbus:subscribe is a consumer");
    }

    @Test
    void aFilterWithRealSpacesIsWrittenRaw() {
        ObjectBusEndpoint endpoint =
                (ObjectBusEndpoint) node.camel.getEndpoint("objectbus:subscribe?topic=RAW(my topic/+)");
        assertThat(endpoint.getConfiguration().getTopic()).isEqualTo("my topic/+");
        endpoint = (ObjectBusEndpoint) node.camel.getEndpoint("objectbus:subscribe?topic=a/+/b,c/#");
        assertThat(endpoint.getConfiguration().getTopic()).isEqualTo("a/+/b,c/#");
    }

    @Test
    void aYamlRouteTakesTheTopicWithItsWildcardInTheUriOrAsAParameter() throws Exception {
        String yaml =
                """
                - route:
                    id: yaml-in-uri
                    from:
                      uri: objectbus:subscribe?topic=y/+/in-uri
                      steps:
                        - to: objectbus:publish?object=r101
                - route:
                    id: yaml-as-parameter
                    from:
                      uri: objectbus:subscribe
                      parameters: {topic: "y/+/as-parameter"}
                      steps:
                        - to: objectbus:publish?object=r101
                """;
        PluginHelper.getRoutesLoader(node.camel).loadRoutes(ResourceHelper.fromString("subscribe.camel.yaml", yaml));
        try (Paho5Probe subscriber = new Paho5Probe(node.url(), "yaml-values")) {
            subscriber.subscribe(node.topic("r101/+"), 0);
            device.publish("y/dev/in-uri", "{\"setpoint\":23.5}", 1, false);
            device.publish("y/dev/as-parameter", "{\"temperature\":19.5}", 1, false);
            subscriber.awaitOn(node.topic("r101/setpoint"), "\"v\":23.5");
            subscriber.awaitOn(node.topic("r101/temperature"), "\"v\":19.5");
        } finally {
            for (String route : List.of("yaml-in-uri", "yaml-as-parameter")) {
                node.camel.getRouteController().stopRoute(route);
                node.camel.removeRoute(route);
            }
        }
    }

    @Test
    void theYamlExampleOfTheComponentPageRunsAsWritten() throws Exception {
        String page = Files.readString(Path.of("../../docs/components/objectbus.md"));
        int start = page.indexOf("```yaml\n- route:\n    id: adapter-mqtt-shelly");
        String yaml = page.substring(start + "```yaml\n".length(), page.indexOf("```", start + 3));
        node.bus()
                .describe(new ObjectDescriptor(
                        "plug-1",
                        "Plug 1",
                        "plug",
                        "mqtt",
                        null,
                        null,
                        List.of(),
                        Map.of("power", ResourceDescriptor.number("W")),
                        0));
        PluginHelper.getRoutesLoader(node.camel).loadRoutes(ResourceHelper.fromString("shelly.camel.yaml", yaml));
        try (Paho5Probe subscriber = new Paho5Probe(node.url(), "plug-values")) {
            subscriber.subscribe(node.topic("plug-1/power"), 0);
            device.publish("shellies/plug-1/relay/0/power", "412.5", 0, false);
            subscriber.awaitOn(node.topic("plug-1/power"), "\"v\":412.5");
        } finally {
            node.camel.getRouteController().stopRoute("adapter-mqtt-shelly");
            node.camel.removeRoute("adapter-mqtt-shelly");
        }
    }

    private static void assertRejected(String uri, String message) {
        assertThatThrownBy(() -> node.camel.getEndpoint(uri)).hasStackTraceContaining(message);
    }

    private static ObjectBusSubscribeConsumer consumer(String routeId) {
        return (ObjectBusSubscribeConsumer) node.camel.getRoute(routeId).getConsumer();
    }

    static List<String> numbers(int from, int to) {
        return IntStream.range(from, to).mapToObj(Integer::toString).toList();
    }
}
