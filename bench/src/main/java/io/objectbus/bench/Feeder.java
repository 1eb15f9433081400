// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import io.objectbus.component.ObjectBusConstants;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;

/**
 * An adapter fed at a set rate inside the node's JVM: values sent through {@code objectbus:publish} as a route
 * would, each carrying its send time in microseconds so that subscribers can measure latency.
 */
final class Feeder {

    private final ProducerTemplate template;
    private final Endpoint publish;
    private final AtomicLong sent = new AtomicLong();

    Feeder(ProducerTemplate template) {
        this.template = template;
        this.publish = template.getCamelContext().getEndpoint("objectbus:publish");
    }

    /** Feeds in the background; a rate of 0 means as fast as the bus takes them. */
    String start(int objects, int resources, long count, int rate) {
        Thread thread = new Thread(() -> feed(objects, resources, count, rate), "bench-feeder");
        thread.start();
        return "{\"feeding\":" + count + "}";
    }

    /** Values sent since the node started, by every feed. */
    long sent() {
        return sent.get();
    }

    private void feed(int objects, int resources, long count, int rate) {
        long start = System.nanoTime();
        Map<String, Object> headers = new HashMap<>();
        for (long i = 0; i < count; i++) {
            if (rate > 0) {
                long due = start + i * 1_000_000_000L / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
            int slot = (int) (i % ((long) objects * resources));
            headers.put(ObjectBusConstants.OBJECT, "o-" + slot / resources);
            headers.put(ObjectBusConstants.RESOURCE, "r" + slot % resources);
            template.sendBodyAndHeaders(publish, Clocks.epochMicros(), headers);
            sent.incrementAndGet();
        }
    }
}
