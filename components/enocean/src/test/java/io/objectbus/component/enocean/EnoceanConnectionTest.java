// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.sim.DefaultSite;
import io.objectbus.component.enocean.sim.GatewaySimulator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Gateways that are late, silent or absent: the routes keep running and report why. */
class EnoceanConnectionTest {

    private final CamelContext camel = new DefaultCamelContext();

    @AfterEach
    void stop() {
        camel.stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    @Test
    void aConsumerStartedBeforeItsGatewayConnectsWhenTheGatewayAppears() throws Exception {
        int port = freePort();
        List<Erp1Telegram> received = new CopyOnWriteArrayList<>();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("enocean:tcp:127.0.0.1:" + port + "?reconnectDelay=20&maxReconnectDelay=100")
                        .routeId("adapter-enocean-late-gateway")
                        .process(e -> received.add(e.getIn().getBody(Erp1Telegram.class)));
            }
        });
        camel.start();
        try (GatewaySimulator site = DefaultSite.start(port, 0)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> site.clients() == 1);
            site.emitAll();
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> received.size() == site.devices().size());
        }
    }

    @Test
    void theConsumerReportsTheConnectionUpThenDownWithTheReasonThenUpAgainWhenTheGatewayReturns() throws Exception {
        List<String> states = new CopyOnWriteArrayList<>();
        try (GatewaySimulator first = DefaultSite.start(freePort(), 0)) {
            int port = first.port();
            startRecordingConnectionStates(port, states);
            await().atMost(Duration.ofSeconds(30)).until(() -> states.contains("up 127.0.0.1:" + port));
            first.close();
            await().atMost(Duration.ofSeconds(30)).until(() -> states.size() >= 3);
            assertTrue(states.get(2).startsWith("down "), states.toString());
            assertTrue(states.get(2).length() > "down ".length(), "a reason: " + states);
            try (GatewaySimulator again = DefaultSite.start(port, 0)) {
                await().atMost(Duration.ofSeconds(30)).until(() -> states.size() >= 4);
                assertEquals(List.of("connecting", "up 127.0.0.1:" + port), states.subList(0, 2));
                assertEquals("up 127.0.0.1:" + port, states.get(3), states.toString());
            }
        }
    }

    @Test
    void anAbsentGatewayIsReportedConnectingThenDownAsConnectionRefusedOnce() throws Exception {
        List<String> states = new CopyOnWriteArrayList<>();
        // A bound socket that does not listen: connects to its port are refused, and no connect can take it as source.
        try (Socket holder = new Socket()) {
            holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            startRecordingConnectionStates(holder.getLocalPort(), states);
            await().atMost(Duration.ofSeconds(30)).until(() -> states.size() >= 2);
            assertEquals("connecting", states.get(0));
            assertTrue(states.get(1).startsWith("down ") && states.get(1).contains("refused"), states.toString());
            // Retries while down are no news: the connection stays down for the route until it comes up.
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> states.size() == 2);
        }
    }

    /** A route that records every connection state as "state reason" and ignores telegrams. */
    private void startRecordingConnectionStates(int port, List<String> states) throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("enocean:tcp:127.0.0.1:" + port + "?connectionEvents=true&reconnectDelay=20&maxReconnectDelay=50")
                        .routeId("adapter-enocean-connection-states")
                        .filter(header(EnoceanConstants.CONNECTION).isNotNull())
                        .process(e -> states.add(String.join(
                                        " ",
                                        e.getIn().getBody(String.class),
                                        e.getIn().getHeader(EnoceanConstants.REASON, "", String.class))
                                .strip()));
            }
        });
        camel.start();
    }

    @Test
    void aSilentGatewayTimesTheProducerOut() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            camel.start();
            String uri = "enocean:tcp:127.0.0.1:" + silent.getLocalPort() + "?responseTimeout=200&command=CO_RD_IDBASE";
            try (Socket ignored = acceptAsync(silent)) {
                CamelExecutionException e = assertThrows(CamelExecutionException.class, () -> {
                    await().atMost(Duration.ofSeconds(5))
                            .ignoreExceptionsMatching(x -> x.getCause() instanceof IOException)
                            .until(() -> camel.createProducerTemplate().requestBody(uri, (Object) null) != null);
                });
                assertInstanceOf(TimeoutException.class, e.getCause());
                assertTrue(
                        e.getCause().getMessage().contains("200 ms"),
                        e.getCause().getMessage());
            }
        }
    }

    @Test
    void anAbsentGatewayFailsTheProducerWithNotConnected() {
        camel.start();
        CamelExecutionException e = assertThrows(CamelExecutionException.class, () -> camel.createProducerTemplate()
                .requestBody("enocean:tcp:127.0.0.1:" + freePort() + "?command=CO_RD_VERSION", (Object) null));
        assertInstanceOf(IOException.class, e.getCause());
        assertTrue(
                e.getCause().getMessage().contains("not connected"),
                e.getCause().getMessage());
    }

    /** Accepts one connection in the background and never answers. */
    private static Socket acceptAsync(ServerSocket server) {
        Socket[] accepted = new Socket[1];
        Thread t = new Thread(() -> {
            try {
                accepted[0] = server.accept();
            } catch (IOException e) {
                // the test ends by closing the server
            }
        });
        t.setDaemon(true);
        t.start();
        return new Socket() {
            @Override
            public synchronized void close() throws IOException {
                if (accepted[0] != null) {
                    accepted[0].close();
                }
            }
        };
    }
}
