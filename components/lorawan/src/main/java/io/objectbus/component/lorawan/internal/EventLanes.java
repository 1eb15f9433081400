// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the consumer's route off the network server's thread, on a few threads ("lanes"), each task on the lane of its
 * key: the tasks of one key (a device) run one after another in the order given, those of different keys in parallel.
 * A lane holds at most {@code capacity} waiting tasks; when it is full, the caller waits for room (back-pressure onto
 * the server's queue and the UDP receive buffer) rather than dropping the event.
 */
public final class EventLanes implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventLanes.class);

    private final List<ThreadPoolExecutor> lanes = new ArrayList<>();

    public EventLanes(String name, int count, int capacity) {
        for (int i = 0; i < Math.max(1, count); i++) {
            String threadName = "lorawan-" + name + "-route-" + i;
            lanes.add(new ThreadPoolExecutor(
                    1,
                    1,
                    0,
                    TimeUnit.MILLISECONDS,
                    new ArrayBlockingQueue<>(capacity),
                    r -> daemon(r, threadName),
                    EventLanes::waitForRoom));
        }
    }

    /** Runs the task after the earlier tasks of its key; waits while the key's lane is full. */
    public void run(String key, Runnable task) {
        int hash = key == null ? 0 : key.hashCode() * 0x9E3779B9;
        lanes.get(Math.floorMod(hash ^ (hash >>> 16), lanes.size())).execute(task);
    }

    int size() {
        return lanes.size();
    }

    /** Runs what was accepted, then stops. */
    @Override
    public void close() {
        lanes.forEach(ThreadPoolExecutor::shutdown);
        try {
            for (ThreadPoolExecutor lane : lanes) {
                if (!lane.awaitTermination(10, TimeUnit.SECONDS)) {
                    LOG.warn(
                            "LoRaWAN route lane still busy after 10 s; {} events not run",
                            lane.getQueue().size());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitForRoom(Runnable task, ThreadPoolExecutor lane) {
        if (lane.isShutdown()) {
            throw new RejectedExecutionException("LoRaWAN route lanes stopped");
        }
        BlockingQueue<Runnable> queue = lane.getQueue();
        try {
            queue.put(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedExecutionException("interrupted while waiting for room in a LoRaWAN route lane", e);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
