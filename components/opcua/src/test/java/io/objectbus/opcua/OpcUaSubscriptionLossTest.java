// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.opcua.model.UaAddressSpace;
import io.objectbus.opcua.model.UaValue;
import io.objectbus.opcua.model.UaVariable;
import io.objectbus.opcua.support.PlantNamespace;
import io.objectbus.opcua.support.TestServer;
import io.objectbus.testing.FreePorts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/**
 * A server that loses the adapter's subscription while the connection stays (its lifetime ran out while the client
 * was paused, or the server closed the session) gets a new one: the route hears lost, connecting and browsed as on a
 * reconnection, and current values come again.
 */
class OpcUaSubscriptionLossTest {

    private static final Duration LONG = Duration.ofSeconds(60);

    /** Every Variable below the roots that the bus can carry: Boiler1's six and Pump1's Speed. */
    private static final int VARIABLES = 7;

    /** Deleted without a word: the client's Publish requests get Bad_NoSubscription (Part 4 clause 5.13.5). */
    @Test
    void aSubscriptionTheServerDeletesSilentlyIsCreatedAgainAndSendsCurrentValues() throws Exception {
        String lost = recovers(server -> server.dropSubscriptions(false));

        assertThat(lost).contains("subscription").contains("lost");
    }

    /** Part 4 clause 5.13.1.1: the lifetime ran out; the server says so with a Bad_Timeout status change. */
    @Test
    void aSubscriptionWhoseLifetimeRanOutIsCreatedAgainAndSendsCurrentValues() throws Exception {
        String lost = recovers(server -> server.dropSubscriptions(true));

        assertThat(lost).contains("subscription").contains("Bad_Timeout");
    }

    /** The session goes with its subscription; the new session cannot take the subscription over. */
    @Test
    void aSessionTheServerClosesIsFollowedByANewSubscriptionWithCurrentValues() throws Exception {
        recovers(TestServer::closeSessions);
    }

    /** Drops the subscription on the server, waits for the return of current values; gives the lost event's body. */
    private static String recovers(Drop drop) throws Exception {
        try (TestServer server = TestServer.start(FreePorts.next(), false);
                CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(monitoringEverything(server.url()));
            camel.start();
            MockEndpoint mock = camel.getEndpoint("mock:plant", MockEndpoint.class);
            await().atMost(LONG).until(() -> counterAfter(mock, 0, Instant.EPOCH));

            int mark = mock.getReceivedExchanges().size();
            Instant dropped = Instant.now();
            drop.on(server);

            // Lost, browsed afresh, and a value that changed after the drop: a value of the new subscription.
            await().atMost(LONG).until(() -> {
                List<Object> events = events(mock);
                int browsed = indexOf(events, OpcUaConstants.BROWSED, indexOf(events, OpcUaConstants.LOST, mark));
                return browsed > mark && counterAfter(mock, browsed, dropped);
            });
            List<Object> events = events(mock);
            int lost = indexOf(events, OpcUaConstants.LOST, mark);
            int browsed = indexOf(events, OpcUaConstants.BROWSED, lost);
            assertThat(events.subList(lost, browsed))
                    .as("while subscribing afresh")
                    .contains(OpcUaConstants.CONNECTING);
            // The new monitored items each send their current value first: every Variable is good again.
            await().atMost(LONG)
                    .until(() -> valuesFrom(mock, browsed).stream()
                                    .map(UaValue::nodeId)
                                    .distinct()
                                    .count()
                            == VARIABLES);
            await().atMost(LONG).until(() -> server.subscriptionCount() == 1);
            return mock.getReceivedExchanges().get(lost).getMessage().getBody(String.class);
        }
    }

    /** The route of the kamelet, reduced: every browse monitors every Variable it found. */
    private static RouteBuilder monitoringEverything(String url) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("opcua:plant?endpointUrl=" + url + "&roots=RAW(nsu=" + PlantNamespace.URI
                                + ";s=Plant)&publishingInterval=100&samplingInterval=100"
                                + "&reconnectDelay=200&reconnectMaxDelay=1000")
                        .routeId("opcua-plant")
                        .to("mock:plant")
                        .filter(header(OpcUaConstants.EVENT).isEqualTo(OpcUaConstants.BROWSED))
                        .setBody(e -> e.getMessage().getBody(UaAddressSpace.class).objects().stream()
                                .flatMap(object -> object.variables().stream())
                                .map(UaVariable::nodeId)
                                .toList())
                        .to("opcua:plant?operation=monitor");
            }
        };
    }

    private static boolean counterAfter(MockEndpoint mock, int from, Instant after) {
        return valuesFrom(mock, from).stream()
                .filter(v -> v.nodeId().getIdentifier().toString().endsWith("/Counter"))
                .map(v -> Optional.ofNullable(v.value().sourceTime()))
                .flatMap(Optional::stream)
                .anyMatch(time -> time.getJavaInstant().isAfter(after));
    }

    @SuppressWarnings("unchecked")
    private static List<UaValue> valuesFrom(MockEndpoint mock, int from) {
        List<Exchange> exchanges = List.copyOf(mock.getReceivedExchanges());
        return exchanges.subList(Math.min(from, exchanges.size()), exchanges.size()).stream()
                .filter(e -> OpcUaConstants.VALUES.equals(e.getMessage().getHeader(OpcUaConstants.EVENT)))
                .flatMap(e -> ((List<UaValue>) e.getMessage().getBody(List.class)).stream())
                .toList();
    }

    /** The first index of the event at or after {@code from}; -1 if none, or if {@code from} is -1. */
    private static int indexOf(List<Object> events, String event, int from) {
        if (from < 0) {
            return -1;
        }
        return IntStream.range(from, events.size())
                .filter(i -> event.equals(events.get(i)))
                .findFirst()
                .orElse(-1);
    }

    private static List<Object> events(MockEndpoint mock) {
        return List.copyOf(mock.getReceivedExchanges()).stream()
                .map(e -> e.getMessage().getHeader(OpcUaConstants.EVENT))
                .toList();
    }

    @FunctionalInterface
    private interface Drop {
        void on(TestServer server) throws Exception;
    }
}
