// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** A large site on a 1 GB heap: many objects, many connections, a late subscriber, a full discovery. */
final class Scale {

    private Scale() {}

    /** Describes the site, reports one value per resource, and measures the heap it holds. */
    static Map<String, Object> site(NodeProcess node, int objects, int resources) throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        long baseline = node.heapUsed();
        long started = System.nanoTime();
        node.command("describe", "{\"objects\":" + objects + ",\"resources\":" + resources + "}");
        long values = (long) objects * resources;
        try (Subscriber counter = new Subscriber(node.port, "scale-counter")) {
            counter.subscribe("ob/v1/" + BenchNode.NODE + "/+/r0", MqttQos.AT_MOST_ONCE);
            counter.expect(objects);
            node.command(
                    "feed",
                    "{\"objects\":" + objects + ",\"resources\":" + resources + ",\"count\":" + values
                            + ",\"rate\":0}");
            counter.awaitQuiet(java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(120));
        }
        result.put("populate seconds", (System.nanoTime() - started) / 1e9);
        result.put("heap MB (after GC)", node.heapUsed() >> 20);
        result.put("heap MB for the site", (node.heapUsed() - baseline) >> 20);
        result.put("late subscriber seconds", lateSubscriber(node, objects + values));
        result.put("discovery seconds", discovery(node, objects));
        result.put("rss MB", node.rssBytes() >> 20);
        return result;
    }

    /** Seconds until a new subscriber to ob/v1/# has every descriptor and value. */
    private static double lateSubscriber(NodeProcess node, long expected) throws Exception {
        try (Subscriber late = new Subscriber(node.port, "scale-late")) {
            long start = System.nanoTime();
            late.expect(Long.MAX_VALUE);
            CountDownLatch done = new CountDownLatch(1);
            late.subscribe("ob/v1/#", MqttQos.AT_MOST_ONCE);
            while (late.retained() < expected && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(60)) {
                done.await(20, TimeUnit.MILLISECONDS);
            }
            return late.retained() >= expected ? (System.nanoTime() - start) / 1e9 : Double.NaN;
        }
    }

    /** Seconds until every page of a listing of all objects arrived. */
    private static double discovery(NodeProcess node, int objects) throws Exception {
        Mqtt5AsyncClient client = Mqtt5Client.builder()
                .identifier("scale-discover")
                .serverHost("127.0.0.1")
                .serverPort(node.port)
                .buildAsync();
        client.connect().join();
        AtomicLong listed = new AtomicLong();
        CountDownLatch all = new CountDownLatch(1);
        client.subscribeWith()
                .topicFilter("scale/replies")
                .callback(p -> {
                    String text = new String(p.getPayloadAsBytes(), StandardCharsets.UTF_8);
                    if (listed.addAndGet(countOf(text, "\"id\":")) >= objects) {
                        all.countDown();
                    }
                })
                .send()
                .join();
        long start = System.nanoTime();
        client.publishWith()
                .topic("ob/v1/" + BenchNode.NODE + "/$discover")
                .responseTopic("scale/replies")
                .payload("{\"list\":\"objects\"}".getBytes(StandardCharsets.UTF_8))
                .qos(MqttQos.AT_LEAST_ONCE)
                .send();
        boolean complete = all.await(30, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        client.disconnect().join();
        return complete ? seconds : Double.NaN;
    }

    private static int countOf(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }

    /** Opens idle MQTT connections with one subscription each and measures the node's heap. */
    static Map<String, Object> connections(NodeProcess node, int count) throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        long baseline = node.heapUsed();
        List<Mqtt5AsyncClient> clients = new ArrayList<>();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Mqtt5AsyncClient client = Mqtt5Client.builder()
                    .identifier("idle-" + i)
                    .serverHost("127.0.0.1")
                    .serverPort(node.port)
                    .buildAsync();
            clients.add(client);
            String topic = "ob/v1/" + BenchNode.NODE + "/o-" + i + "/r0";
            pending.add(client.connectWith().keepAlive(60).send().thenCompose(c -> client.subscribeWith()
                    .topicFilter(topic)
                    .send()));
            if (pending.size() >= 200) {
                CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                        .join();
                pending.clear();
            }
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        long connected =
                clients.stream().filter(c -> c.getState().isConnected()).count();
        result.put("connected", connected);
        result.put("connect seconds", (System.nanoTime() - start) / 1e9);
        result.put("heap MB (after GC)", node.heapUsed() >> 20);
        result.put("heap KB per connection", (node.heapUsed() - baseline) / 1024.0 / count);
        result.put("rss MB", node.rssBytes() >> 20);
        for (Mqtt5AsyncClient client : clients) {
            client.disconnect();
        }
        return result;
    }
}
