// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.bus.BusValue;
import io.objectbus.model.Quality;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recorder writes in batches on its own thread, and never makes the bus wait for the store. */
class HistoryRecorderTest {

    @TempDir
    Path dir;

    private static BusValue value(int i, Instant at) {
        return new BusValue("node1", "room-" + (i % 10), "t", 20.0 + i, "Cel", at, Quality.GOOD, null, i, false);
    }

    @Test
    void everyValueIsRecordedAtTheTimeTheDeviceMeasuredIt() throws Exception {
        HistoryStore store = DuckDbHistoryStore.open(dir.resolve("h.duckdb"));
        Instant measured = Instant.parse("2026-12-01T10:00:00Z");
        try (HistoryRecorder recorder = new HistoryRecorder(store, 10_000, 500, 50, Clock.systemUTC())) {
            recorder.startWriting();
            for (int i = 0; i < 1000; i++) {
                recorder.value(value(i, measured.plusMillis(i)));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> recorder.recorded() == 1000);
            assertThat(store.raw("node1", "room-3", "t", measured, measured.plusSeconds(2), 1000))
                    .hasSize(100)
                    .first()
                    .satisfies(s -> assertThat(s.time()).isEqualTo(measured.plusMillis(3)));
            assertThat(recorder.dropped()).isZero();
        }
    }

    @Test
    void aStoreThatFallsBehindCostsDroppedValuesNotTheBussTime() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        HistoryStore stuck = new SlowStore(release);
        try (HistoryRecorder recorder = new HistoryRecorder(stuck, 100, 10, 10, Clock.systemUTC())) {
            recorder.startWriting();
            long start = System.nanoTime();
            for (int i = 0; i < 10_000; i++) {
                recorder.value(value(i, Instant.now()));
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(recorder.dropped()).isGreaterThan(9_000);
            release.countDown();
        }
    }

    @Test
    void valuesComingOneAtATimeAreWrittenInFullBatchesNotACommitEach() throws Exception {
        BatchCountingStore store = new BatchCountingStore();
        try (HistoryRecorder recorder = new HistoryRecorder(store, 10_000, 1000, 30_000, Clock.systemUTC())) {
            recorder.startWriting();
            for (int i = 0; i < 2000; i++) {
                recorder.value(value(i, Instant.now()));
                // The bus's pace: a value every 50 µs or so, slower than the writer takes them.
                LockSupport.parkNanos(50_000);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> recorder.recorded() == 2000);
            assertThat(store.batches).containsExactly(1000, 1000);
        }
    }

    /** A store that only notes the size of each batch it is given. */
    private static final class BatchCountingStore extends NoQueries {
        final List<Integer> batches = new CopyOnWriteArrayList<>();

        @Override
        public void append(List<Sample> samples) {
            batches.add(samples.size());
        }
    }

    /** A store whose disk hangs until released. */
    private static final class SlowStore extends NoQueries {
        private final CountDownLatch release;

        SlowStore(CountDownLatch release) {
            this.release = release;
        }

        @Override
        public void append(List<Sample> samples) {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A store that answers every query with nothing. */
    private abstract static class NoQueries implements HistoryStore {

        @Override
        public List<Sample> raw(String n, String o, String r, Instant from, Instant to, int limit) {
            return List.of();
        }

        @Override
        public List<Aggregate> aggregate(String n, String o, String r, Instant from, Instant to, Duration i) {
            return List.of();
        }

        @Override
        public long downsample(ResourceMatch resources, Instant before, Duration interval) {
            return 0;
        }

        @Override
        public long deleteBefore(ResourceMatch resources, Instant before) {
            return 0;
        }

        @Override
        public long count() {
            return 0;
        }

        @Override
        public void close() {}
    }
}
