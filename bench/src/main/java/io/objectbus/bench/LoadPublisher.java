// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The publishing side of the load generator, in a process of its own: several connections share the values, paced at
 * a total rate or as fast as they go, never more than a window of values ahead of what the subscriber has received
 * (read from the {@link SharedCounter}), so that a flood measures the broker's rate and not a queue growing inside it.
 * Prints one SENT line: values sent and the CPU seconds this process used to send them.
 *
 * <p>Usage: {@code LoadPublisher <port> <raw|hivemq> <connections> <count> <rate or 0> <shape> <window> <counter
 * file>}; shapes in {@link LoadShape}.
 */
public final class LoadPublisher {

    private LoadPublisher() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        boolean raw = args[1].equals("raw");
        int connections = Integer.parseInt(args[2]);
        long count = Long.parseLong(args[3]);
        int rate = Integer.parseInt(args[4]);
        LoadShape shape = LoadShape.parse(args[5]);
        long window = Long.parseLong(args[6]);
        SharedCounter received = SharedCounter.open(Path.of(args[7]));
        AtomicLong sent = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        List<Runnable> lanes = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            String id = "load-pub-" + ProcessHandle.current().pid() + "-" + c;
            Pacing pacing = new Pacing(c, connections, count, rate, window, sent, received);
            lanes.add(raw ? rawLane(port, id, shape, pacing) : hiveMqLane(port, id, shape, pacing));
        }
        double cpu = LoadSubscriber.ownCpu();
        for (int c = 0; c < connections; c++) {
            Thread thread = new Thread(lanes.get(c), "load-pub-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.printf(java.util.Locale.ROOT, "SENT %d %.3f%n", sent.get(), LoadSubscriber.ownCpu() - cpu);
        System.exit(0);
    }

    private static Runnable rawLane(int port, String id, LoadShape shape, Pacing pacing) throws Exception {
        RawMqtt client = new RawMqtt(port, id);
        return () -> {
            try (client) {
                for (long i = pacing.first; i < pacing.count; i += pacing.step) {
                    if (pacing.mustWait(i)) {
                        client.flush();
                        pacing.await(i);
                    }
                    client.publish(shape.topic(i), shape.payload(i));
                    pacing.sent(i);
                }
                client.flush();
            } catch (java.io.IOException e) {
                throw new IllegalStateException("publishing failed: " + e.getMessage(), e);
            }
        };
    }

    private static Runnable hiveMqLane(int port, String id, LoadShape shape, Pacing pacing) {
        Mqtt5AsyncClient client = Connections.connected(port, id);
        return () -> {
            java.util.concurrent.CompletableFuture<?> last = null;
            for (long i = pacing.first; i < pacing.count; i += pacing.step) {
                pacing.await(i);
                last = client.publishWith()
                        .topic(new String(shape.topic(i), java.nio.charset.StandardCharsets.UTF_8))
                        .qos(MqttQos.AT_MOST_ONCE)
                        .payload(shape.payload(i).clone())
                        .send();
                pacing.sent(i);
            }
            if (last != null) {
                last.join();
            }
            client.disconnect().exceptionally(e -> null).join();
        };
    }

    /** One connection's share of the values, its schedule at the rate, and the window over all connections. */
    static final class Pacing {
        private static final long STALL_LIMIT_NANOS = 30_000_000_000L;
        final long first;
        final long step;
        final long count;
        private final int rate;
        private final long window;
        private final AtomicLong sent;
        private final SharedCounter received;
        private final long start = System.nanoTime();

        Pacing(int lane, int lanes, long count, int rate, long window, AtomicLong sent, SharedCounter received) {
            this.first = lane;
            this.step = lanes;
            this.count = count;
            this.rate = rate;
            this.window = window;
            this.sent = sent;
            this.received = received;
        }

        boolean mustWait(long i) {
            return (rate > 0 && System.nanoTime() < due(i)) || sent.get() - received.get() >= window;
        }

        void await(long i) {
            if (rate > 0) {
                long wait = due(i) - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
            long stalled = System.nanoTime();
            for (long seen = received.get(); sent.get() - seen >= window; seen = received.get()) {
                LockSupport.parkNanos(100_000); // a wake-up costs CPU: 100 µs is far less than a window's worth
                if (seen != received.get()) {
                    stalled = System.nanoTime();
                } else if (System.nanoTime() - stalled > STALL_LIMIT_NANOS) {
                    throw new IllegalStateException("the subscriber received nothing for 30 s: stopping");
                }
            }
        }

        void sent(long i) {
            sent.incrementAndGet();
        }

        private long due(long i) {
            return start + i * 1_000_000_000L / rate;
        }
    }
}
