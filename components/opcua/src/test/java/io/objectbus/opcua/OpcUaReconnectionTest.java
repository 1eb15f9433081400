// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.opcua.support.PlantNamespace;
import io.objectbus.opcua.support.TestServer;
import io.objectbus.testing.FreePorts;
import java.time.Duration;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/** The consumer tells its route when the connection goes, and browses again when it is back. */
class OpcUaReconnectionTest {

    private static final Duration LONG = Duration.ofSeconds(60);

    @Test
    void aLostConnectionIsALostExchangeAndTheReturnIsABrowseAfresh() throws Exception {
        try (TestServer server = TestServer.start(FreePorts.next(), false);
                CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("opcua:plant?endpointUrl=" + server.url() + "&roots=RAW(nsu=" + PlantNamespace.URI
                                    + ";s=Plant)&reconnectDelay=200&reconnectMaxDelay=1000")
                            .routeId("opcua-plant")
                            .to("mock:plant");
                }
            });
            camel.start();
            MockEndpoint mock = camel.getEndpoint("mock:plant", MockEndpoint.class);
            await().atMost(LONG).until(() -> events(mock).contains(OpcUaConstants.BROWSED));

            server.stopServer();
            await().atMost(LONG).until(() -> events(mock).contains(OpcUaConstants.LOST));
            server.startServer();

            await().atMost(LONG)
                    .until(() -> events(mock).lastIndexOf(OpcUaConstants.BROWSED)
                            > events(mock).indexOf(OpcUaConstants.LOST));
            Exchange lost = mock.getReceivedExchanges().get(events(mock).indexOf(OpcUaConstants.LOST));
            assertThat(lost.getMessage().getBody(String.class)).contains(server.url());
            List<Object> events = events(mock);
            assertThat(events.get(0)).as("before the first connection").isEqualTo(OpcUaConstants.CONNECTING);
            assertThat(events.subList(events.indexOf(OpcUaConstants.LOST), events.lastIndexOf(OpcUaConstants.BROWSED)))
                    .as("while reconnecting")
                    .contains(OpcUaConstants.CONNECTING);
        }
    }

    @Test
    void aServerThatCannotBeReachedIsConnectingThenLostWithTheReasonThenConnectingAgain() throws Exception {
        String nobody = "opc.tcp://127.0.0.1:" + FreePorts.next() + "/nobody";
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("opcua:absent?endpointUrl=" + nobody + "&reconnectDelay=200&reconnectMaxDelay=400")
                            .routeId("opcua-absent")
                            .to("mock:absent");
                }
            });
            camel.start();
            MockEndpoint mock = camel.getEndpoint("mock:absent", MockEndpoint.class);
            await().atMost(LONG).until(() -> events(mock).size() >= 3);
            assertThat(events(mock).subList(0, 3))
                    .containsExactly(OpcUaConstants.CONNECTING, OpcUaConstants.LOST, OpcUaConstants.CONNECTING);
            assertThat(mock.getReceivedExchanges().get(1).getMessage().getBody(String.class))
                    .startsWith("cannot connect");
        }
    }

    private static List<Object> events(MockEndpoint mock) {
        return mock.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(OpcUaConstants.EVENT))
                .toList();
    }
}
