// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * The measuring side of the load generator, in a process of its own: one connection per topic filter (the flood split
 * over several readers), counting the values all of them receive as one measurement. Prints READY once subscribed
 * (and, for a bus subscription, once the node's current picture has arrived), then one RESULT line.
 *
 * <p>Usage: {@code LoadSubscriber <port> <raw|hivemq> <filter,filter,…> <expected> <picture|live> <counter file>}
 */
public final class LoadSubscriber {

    private LoadSubscriber() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        boolean raw = args[1].equals("raw");
        String[] filters = args[2].split(",");
        long expected = Long.parseLong(args[3]);
        Arrivals arrivals = new Arrivals(SharedCounter.open(Path.of(args[5])));
        List<AutoCloseable> connections = new ArrayList<>();
        for (int i = 0; i < filters.length; i++) {
            String id = "load-sub-" + ProcessHandle.current().pid() + "-" + i;
            connections.add(raw ? rawReader(port, id, filters[i], arrivals) : hiveMq(port, id, filters[i], arrivals));
        }
        if (args[4].equals("picture")) {
            arrivals.count.awaitSilence(Duration.ofMillis(500));
        }
        arrivals.count.expect(expected);
        double cpu = ownCpu();
        System.out.println("READY");
        System.out.flush();
        long received = arrivals.count.awaitQuiet(Duration.ofSeconds(3), Duration.ofSeconds(180));
        Histogram latency = arrivals.latency.getIntervalHistogram();
        System.out.printf(
                java.util.Locale.ROOT,
                "RESULT %d %.1f %d %d %.3f%n",
                received,
                arrivals.count.rate(),
                latency.getValueAtPercentile(50),
                latency.getValueAtPercentile(99),
                ownCpu() - cpu);
        System.out.flush();
        for (AutoCloseable c : connections) {
            c.close();
        }
        System.exit(0);
    }

    private static RawMqtt rawReader(int port, String id, String filter, Arrivals arrivals) throws Exception {
        RawMqtt client = new RawMqtt(port, id);
        client.subscribe(filter);
        Arrivals.Lane lane = arrivals.lane();
        Thread reader = new Thread(
                () -> {
                    try {
                        client.read(lane);
                    } catch (java.io.IOException e) {
                        // the connection ended: the count says what came
                    }
                },
                id);
        reader.setDaemon(true);
        reader.start();
        return client;
    }

    private static AutoCloseable hiveMq(int port, String id, String filter, Arrivals arrivals) {
        Mqtt5AsyncClient client = Connections.connected(port, id);
        client.subscribeWith()
                .topicFilter(filter)
                .callback(p -> {
                    long now = arrivals.count.arrived();
                    if (!p.isRetain() && !p.getTopic().toString().endsWith("$info")) {
                        arrivals.record(Clocks.valueOf(p.getPayloadAsBytes()));
                        arrivals.count.count(now);
                        arrivals.shared.set(arrivals.count.received());
                    }
                })
                .send()
                .join();
        return () -> client.disconnect().exceptionally(e -> null).join();
    }

    static double ownCpu() {
        return ProcStats.cpuSeconds(ProcessHandle.current().pid());
    }

    /** What all connections received, the latency from each value's send time, and the count the publisher reads. */
    static final class Arrivals {
        final ArrivalCount count = new ArrivalCount();
        final org.HdrHistogram.Recorder latency = new org.HdrHistogram.Recorder(3);
        private final SharedCounter shared;

        Arrivals(SharedCounter shared) {
            this.shared = shared;
        }

        void record(long sent) {
            // Integer values only: a number resource carries the send time as a double, whose digits are rounded.
            if (sent > 1_000_000_000_000_000L) {
                latency.recordValue(Math.max(0, Clocks.epochMicros() - sent));
            }
        }

        Lane lane() {
            return new Lane();
        }

        /**
         * One raw connection's reader: it counts a read's values locally and adds them to the shared count once per
         * read, so that readers on several threads do not contend for every value.
         */
        final class Lane implements RawMqtt.Sink {
            private long pending;

            @Override
            public void publication(
                    boolean retained, ByteBuffer frame, int topicStart, int topicLength, int payloadStart, int end) {
                if (retained || isInfo(frame, topicStart, topicLength)) {
                    return;
                }
                record(RawMqtt.valueOf(frame, payloadStart, end));
                pending++;
            }

            @Override
            public void endOfRead() {
                long now = count.arrived();
                if (pending > 0) {
                    count.count(now, pending);
                    pending = 0;
                    shared.set(count.received());
                }
            }
        }

        private static boolean isInfo(ByteBuffer frame, int start, int length) {
            return length >= 5 && frame.get(start + length - 5) == '$' && frame.get(start + length - 4) == 'i';
        }
    }
}
