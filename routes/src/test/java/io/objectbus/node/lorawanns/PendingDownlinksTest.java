// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawanns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** Confirmed downlinks are settled by their device's acks in the order they were sent, or time out. */
class PendingDownlinksTest {

    @Test
    void aDevicesAckSettlesItsOldestDownlinkAndANackFailsTheNextWithTheReason() {
        PendingDownlinks pending = new PendingDownlinks(60_000);
        CompletableFuture<Void> first = pending.expect("a");
        CompletableFuture<Void> second = pending.expect("a");
        CompletableFuture<Void> other = pending.expect("b");
        pending.settle("a", null);
        assertThat(first).isCompleted().isNotCompletedExceptionally();
        assertThat(second).isNotDone();
        pending.settle("a", "nacked");
        assertThat(second).isCompletedExceptionally();
        assertThat(other).isNotDone();
    }

    @Test
    void aDownlinkWithoutAckTimesOutAndALaterAckSettlesNothingElse() {
        PendingDownlinks pending = new PendingDownlinks(200);
        CompletableFuture<Void> lost = pending.expect("a");
        await().atMost(Duration.ofSeconds(30)).until(lost::isDone);
        assertThat(lost)
                .failsWithin(Duration.ZERO)
                .withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(TimeoutException.class);
        CompletableFuture<Void> next = pending.expect("a");
        pending.settle("a", null);
        assertThat(next).isCompleted().isNotCompletedExceptionally();
    }
}
