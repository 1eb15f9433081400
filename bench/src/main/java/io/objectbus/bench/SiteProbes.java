// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** A late joiner and a discovery through one member of a cluster, for the whole site. */
final class SiteProbes {

    private static final String OBJECT_ID = "\"id\":\"o-";

    private SiteProbes() {}

    /** Seconds until a new subscriber to ob/v1/# on the member has {@code expected} retained messages, or NaN. */
    static String lateJoiner(NodeProcess member, long expected) throws Exception {
        try (Subscriber late = new Subscriber(member.port, "site-late-" + System.nanoTime())) {
            long start = System.nanoTime();
            late.expect(Long.MAX_VALUE);
            late.subscribe("ob/v1/#", MqttQos.AT_MOST_ONCE);
            // A large site's picture takes long under load: 300 s, and a second more for each thousand messages.
            long deadline = start + TimeUnit.SECONDS.toNanos(300 + expected / 1000);
            while (late.retained() < expected && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return late.retained() >= expected
                    ? SiteRun.format(seconds) + " (" + late.retained() + " messages)"
                    : "NaN (" + late.retained() + " of " + expected + " in " + SiteRun.format(seconds) + " s)";
        }
    }

    /**
     * Seconds until the answers to one {@code ob/v1/$discover} for all objects, sent on the member and answered by
     * every node of the cluster, listed {@code objects} objects, or NaN.
     */
    static String discovery(NodeProcess member, int objects) throws Exception {
        Mqtt5AsyncClient client = Mqtt5Client.builder()
                .identifier("site-discover-" + System.nanoTime())
                .serverHost("127.0.0.1")
                .serverPort(member.port)
                .buildAsync();
        client.connect().join();
        // A reply topic of its own: an answer to an earlier ask that arrives late is not counted for this one.
        String replies = "site/replies/" + System.nanoTime();
        AtomicLong listed = new AtomicLong();
        AtomicLong answers = new AtomicLong();
        Map<String, Long> byNode = new ConcurrentSkipListMap<>();
        CountDownLatch all = new CountDownLatch(1);
        client.subscribeWith()
                .topicFilter(replies)
                .callback(p -> {
                    answers.incrementAndGet();
                    String text = new String(p.getPayloadAsBytes(), StandardCharsets.UTF_8);
                    int listing = countOf(text);
                    byNode.merge(nodeOf(text), (long) listing, Long::sum);
                    if (listed.addAndGet(listing) >= objects) {
                        all.countDown();
                    }
                })
                .send()
                .join();
        long start = System.nanoTime();
        client.publishWith()
                .topic("ob/v1/$discover")
                .responseTopic(replies)
                .payload("{\"list\":\"objects\"}".getBytes(StandardCharsets.UTF_8))
                .qos(MqttQos.AT_LEAST_ONCE)
                .send();
        boolean complete = all.await(120 + objects / 500, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        client.disconnect().join();
        return (complete ? SiteRun.format(seconds) : "NaN") + " (" + listed.get() + " objects in " + answers.get()
                + " replies: " + byNode + ")";
    }

    private static String nodeOf(String reply) {
        int at = reply.indexOf("\"node\":\"");
        return at < 0 ? "?" : reply.substring(at + 8, reply.indexOf('"', at + 8));
    }

    private static int countOf(String text) {
        int count = 0;
        for (int i = text.indexOf(OBJECT_ID); i >= 0; i = text.indexOf(OBJECT_ID, i + 1)) {
            count++;
        }
        return count;
    }
}
