// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.testing.Paho5Probe;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A named subscription keeps what is published at QoS 1 while its route is stopped and across a node restart. */
class DurableSubscribeTest {

    private static final String QUEUE = "$objectbus.n1.subscribe.keep.0";

    private final List<String> got = new CopyOnWriteArrayList<>();
    private BusFixture node;

    @BeforeEach
    void startNode() throws Exception {
        node = BusFixture.start("n1", c -> {}, route());
    }

    @AfterEach
    void stopNode() throws Exception {
        node.close();
    }

    private RouteBuilder route() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("objectbus:subscribe?topic=dur/+&subscription=keep")
                        .routeId("durable")
                        .process(
                                e -> got.add(new String(e.getMessage().getBody(byte[].class), StandardCharsets.UTF_8)));
            }
        };
    }

    @Test
    void whatIsPublishedWhileTheRouteIsStoppedArrivesInOrderWhenItStarts() throws Exception {
        receiveThenStopAndPublish(10, 300);
        await().until(() -> messagesIn(QUEUE) == 290);

        node.camel.getRouteController().startRoute("durable");
        await().until(() -> got.size() == 300);
        assertThat(got).containsExactlyElementsOf(SubscribeTest.numbers(0, 300));
    }

    @Test
    void whatIsQueuedSurvivesANodeRestartAndWhatWasTakenIsNotTakenAgain() throws Exception {
        receiveThenStopAndPublish(100, 200);
        node.stopNode();
        node.startNode(route());
        await().until(() -> got.size() >= 200);
        assertThat(got).containsExactlyElementsOf(SubscribeTest.numbers(0, 200));
        assertThat(messagesIn(QUEUE)).isZero();
    }

    @Test
    void aSubscriptionGivenOtherFiltersDropsTheQueuesOfTheOldOnes() throws Exception {
        node.camel.addRoutes(moving("x/+,y/+"));
        node.camel.getRouteController().stopRoute("moving");
        node.camel.removeRoute("moving");
        assertThat(exists("$objectbus.n1.subscribe.moving.1")).isTrue();

        node.camel.addRoutes(moving("z/+"));
        assertThat(exists("$objectbus.n1.subscribe.moving.1")).isFalse();
        try (ClientSession session = node.broker.sessionFactory().createSession()) {
            SimpleString address = session.queueQuery(SimpleString.of("$objectbus.n1.subscribe.moving.0"))
                    .getAddress();
            assertThat(address.toString()).isEqualTo("z.*");
        }
    }

    private static RouteBuilder moving(String topic) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("objectbus:subscribe?subscription=moving&topic=" + topic)
                        .routeId("moving")
                        .log("${body}");
            }
        };
    }

    /** Publishes 0 to received - 1 for the route to take, stops it, then publishes up to total at QoS 1. */
    private void receiveThenStopAndPublish(int received, int total) throws Exception {
        try (Paho5Probe device = new Paho5Probe(node.url(), "device")) {
            publish(device, 0, received);
            await().until(() -> got.size() == received);
            node.camel.getRouteController().stopRoute("durable");
            publish(device, received, total);
        }
    }

    private static void publish(Paho5Probe device, int from, int to) throws Exception {
        for (int i = from; i < to; i++) {
            device.publish("dur/dev" + (i % 3), Integer.toString(i), 1, false);
        }
    }

    private long messagesIn(String queue) throws Exception {
        try (ClientSession session = node.broker.sessionFactory().createSession()) {
            return session.queueQuery(SimpleString.of(queue)).getMessageCount();
        }
    }

    private boolean exists(String queue) throws Exception {
        try (ClientSession session = node.broker.sessionFactory().createSession()) {
            return session.queueQuery(SimpleString.of(queue)).isExists();
        }
    }
}
