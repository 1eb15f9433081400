// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.objectbus.component.dali.frame.DimmingCurve;
import io.objectbus.component.dali.sim.HelvarNetRouter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dali: endpoint with a helvarnet gateway in a Camel context against the in-test Helvar router on loopback: the
 * subnet option names the devices, a group scene is 11 Recall Scene (Group), a level query 152 Query Load Level.
 */
class HelvarNetRouteTest {

    private HelvarNetRouter router;
    private CamelContext context;
    private ProducerTemplate producer;
    private String uri;

    @BeforeEach
    void start() throws Exception {
        ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        router = new HelvarNetRouter(server).withDevice("@1.2.1.6", 3);
        router.scene(2, "@1.2.1.6", 40);
        uri = "dali:helvarnet:127.0.0.1:" + server.getLocalPort() + "?helvarnetSubnet=1.2.1&frameGap=2";
        context = new DefaultCamelContext();
        context.start();
        producer = context.createProducerTemplate();
    }

    @AfterEach
    void stop() throws Exception {
        context.stop();
        router.close();
    }

    private Exchange send(String command, String address, int value) {
        return producer.request(uri, e -> e.getIn()
                .setHeaders(new HashMap<>(Map.of(
                        DaliConstants.COMMAND, command, DaliConstants.ADDRESS, address, DaliConstants.VALUE, value))));
    }

    @Test
    void aGroupSceneAndALevelQueryGoThroughAHelvarNetEndpoint() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> send("GO_TO_SCENE", "G2", 1).getException() == null);
        await().atMost(Duration.ofSeconds(30)).until(() -> router.level("@1.2.1.6") == 40);
        assertEquals(">V:2,C:11,G:3,B:1,S:2,F:0", router.received().get(0));
        Exchange reply = producer.request(uri, e -> e.getIn()
                .setHeaders(new HashMap<>(
                        Map.of(DaliConstants.COMMAND, "QUERY_ACTUAL_LEVEL", DaliConstants.ADDRESS, "A5"))));
        assertEquals("answer", reply.getMessage().getHeader(DaliConstants.ANSWER));
        assertEquals(DimmingCurve.arc(40), reply.getMessage().getBody(Integer.class));
    }
}
