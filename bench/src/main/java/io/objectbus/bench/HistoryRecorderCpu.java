// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import io.objectbus.bus.BusValue;
import io.objectbus.history.DuckDbHistoryStore;
import io.objectbus.history.HistoryRecorder;
import io.objectbus.model.Quality;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

/**
 * The recorder alone, as the node runs it (queue 100,000, batches of 5,000, flush 250 ms, DuckDB): values offered at
 * a steady rate, as the bus hands them over, and the process's CPU per value until all are written (DuckDB's threads
 * included; the values' creation too, the same in every build). {@code java … io.objectbus.bench.HistoryRecorderCpu
 * <values> <values/s> <label>}, on each build's class path in turn, several times: only the ratio means anything.
 */
final class HistoryRecorderCpu {

    private static final int WARM_UP = 100_000;

    private HistoryRecorderCpu() {}

    public static void main(String[] args) throws Exception {
        int values = Integer.parseInt(args[0]);
        int rate = Integer.parseInt(args[1]);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        HistoryRecorder recorder = new HistoryRecorder(
                DuckDbHistoryStore.open(
                        Files.createTempDirectory("bench-recorder").resolve("h.duckdb")),
                100_000,
                5000,
                250,
                Clock.systemUTC());
        recorder.startWriting();
        offer(recorder, 0, WARM_UP, rate);
        while (recorder.recorded() < WARM_UP) {
            Thread.sleep(10);
        }
        long cpu = os.getProcessCpuTime();
        offer(recorder, WARM_UP, values, rate);
        while (recorder.recorded() + recorder.dropped() < WARM_UP + values) {
            Thread.sleep(5);
        }
        System.out.printf(
                "%s: %.2f µs CPU a value, %d dropped%n",
                args[2], (os.getProcessCpuTime() - cpu) / 1e3 / values, recorder.dropped());
        recorder.close();
    }

    /** 1,000 objects of 10 resources; 40 values at a time, then a pause to keep the rate. */
    private static void offer(HistoryRecorder recorder, int first, int count, int rate) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            int n = first + i;
            recorder.value(new BusValue(
                    "bench",
                    "o-" + (n / 10) % 1000,
                    "r" + n % 10,
                    20.0 + n % 97,
                    "Cel",
                    Instant.now(),
                    Quality.GOOD,
                    null,
                    n,
                    false));
            if (i % 40 == 39) {
                LockSupport.parkNanos(start + (long) ((i + 1) * 1e9 / rate) - System.nanoTime());
            }
        }
    }
}
