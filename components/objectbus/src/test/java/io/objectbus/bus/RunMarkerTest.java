// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run marker tells the next start how the previous run ended. */
class RunMarkerTest {

    @TempDir
    Path data;

    private final SettableClock clock = new SettableClock();

    @Test
    void aFirstRunHasNoPreviousRun() {
        assertThat(new RunMarker(data, clock).begin("2026-11-22T10:00:00.000Z")).isNull();
    }

    @Test
    void aRunThatStoppedCleanlyIsToldAsStoppedWithItsStopTime() {
        RunMarker run = new RunMarker(data, clock);
        run.begin("2026-11-22T10:00:00.000Z");
        run.stopped("2026-11-22T10:05:00.000Z");
        RunMarker.PreviousRun previous = new RunMarker(data, clock).begin("2026-11-22T10:06:00.000Z");
        assertThat(previous.end()).isEqualTo("stopped");
        assertThat(previous.lastSeen()).isEqualTo("2026-11-22T10:05:00.000Z");
        assertThat(previous.started()).isEqualTo("2026-11-22T10:00:00.000Z");
    }

    @Test
    void aRunThatNeverStoppedIsToldAsCrashedWhenItWasLastSeenAlive() throws Exception {
        RunMarker run = new RunMarker(data, clock);
        run.begin("2026-11-22T10:00:00.000Z");
        clock.at("2026-11-22T10:00:05Z");
        run.alive();
        RunMarker.PreviousRun previous = new RunMarker(data, clock).begin("2026-11-22T10:09:00.000Z");
        assertThat(previous.end()).isEqualTo("crashed");
        assertThat(previous.lastSeen()).isEqualTo("2026-11-22T10:00:05.000Z");
        try (var files = Files.list(data)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly(RunMarker.FILE);
        }
    }

    private static final class SettableClock extends Clock {

        private Instant now = Instant.parse("2026-11-22T09:00:00Z");

        SettableClock at(String instant) {
            now = Instant.parse(instant);
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
