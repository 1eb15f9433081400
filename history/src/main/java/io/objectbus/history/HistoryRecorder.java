// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import io.objectbus.bus.BusValue;
import io.objectbus.bus.BusView;
import io.objectbus.model.ObjectDescriptor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every value the bus publishes. The bus's thread only offers the value to a bounded queue and goes on; a
 * thread of the recorder writes batches, each gathered for up to the flush time so that the store commits seldom.
 * Recording never slows the bus: when the store falls behind and the queue is full, the value is counted as dropped
 * instead of waited for.
 */
public final class HistoryRecorder implements BusView.Listener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryRecorder.class);
    private static final long GATHER_PAUSE_MILLIS = 10;

    private final HistoryStore store;
    private final BlockingQueue<Sample> queue;
    private final int batchSize;
    private final long flushMillis;
    private final Clock clock;
    private final AtomicLong recorded = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Thread writer;
    private volatile boolean running = true;
    private BusView.Watch watch;

    public HistoryRecorder(HistoryStore store, int capacity, int batchSize, long flushMillis, Clock clock) {
        this.store = store;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.batchSize = batchSize;
        this.flushMillis = flushMillis;
        this.clock = clock;
        this.writer = new Thread(this::writeBatches, "objectbus-history-writer");
        writer.setDaemon(true);
    }

    /** Starts recording what the view shows, its current values first. */
    public HistoryRecorder start(BusView view) {
        startWriting();
        watch = view.watch(BusView.Selection.ALL, this);
        return this;
    }

    /** Starts the writer only, for values handed to {@link #value} directly. */
    public HistoryRecorder startWriting() {
        writer.start();
        return this;
    }

    @Override
    public void described(String node, ObjectDescriptor object) {}

    @Override
    public void removed(String node, String objectId) {}

    @Override
    public void value(BusValue value) {
        if (!queue.offer(Sample.of(value, clock))) {
            dropped.incrementAndGet();
        }
    }

    /** Values written to the store. */
    public long recorded() {
        return recorded.get();
    }

    /** Values the store could not keep up with. */
    public long dropped() {
        return dropped.get();
    }

    /** Values of batches the store refused. */
    public long failed() {
        return failed.get();
    }

    /** Values waiting to be written. */
    public int waiting() {
        return queue.size();
    }

    private void writeBatches() {
        List<Sample> batch = new ArrayList<>(batchSize);
        while (running || !queue.isEmpty()) {
            try {
                Sample first = queue.poll(flushMillis, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                gather(batch, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(flushMillis));
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * Gathers up to a full batch, for at most the flush time after its first value: a commit costs the store as much
     * CPU as thousands of rows (DuckDB: batches of 200 took 5 times the CPU per value of batches of 5,000), and a
     * writer that wrote whatever had come since its last write made many small commits at the bus's flood rate.
     */
    private void gather(List<Sample> batch, long deadline) throws InterruptedException {
        while (true) {
            queue.drainTo(batch, batchSize - batch.size());
            if (batch.size() >= batchSize || !running || System.nanoTime() >= deadline) {
                return;
            }
            Thread.sleep(GATHER_PAUSE_MILLIS);
        }
    }

    private void write(List<Sample> batch) {
        try {
            store.append(batch);
            recorded.addAndGet(batch.size());
        } catch (HistoryException e) {
            failed.addAndGet(batch.size());
            LOG.error("History: {} values not recorded: {}", batch.size(), e.getMessage());
        }
    }

    /** Stops watching, writes what waits, and closes the store. */
    @Override
    public void close() throws HistoryException {
        if (watch != null) {
            watch.close();
        }
        running = false;
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }
}
