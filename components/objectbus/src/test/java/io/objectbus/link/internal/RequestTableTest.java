// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The router's table of askers: a long command keeps its asker while answers come, one reply timeout apart. */
class RequestTableTest {

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void eachAnswerKeepsTheAskerForAnotherReplyTimeoutAndSilenceEndsIt() {
        RequestTable table = new RequestTable(Duration.ofSeconds(60), clock);
        byte[] token = table.remember("me/cmd", new byte[] {1});
        for (int minute = 0; minute < 5; minute++) {
            now = now.plusSeconds(50);
            assertThat(table.lookup(token))
                    .as("a progress reply after %d s", 50 * (minute + 1))
                    .isNotNull();
        }
        now = now.plusSeconds(61);
        assertThat(table.lookup(token)).isNull();
    }
}
