// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** D2-01 writes wait for the actuator's status (EEP 2.6, D2-01 CMD 4) that reports the value written. */
class ConfirmationsTest {

    private static final int ACTUATOR = 0x01940005;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final Confirmations confirmations = new Confirmations(scheduler, Duration.ofMillis(300));

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void aStatusTheActuatorSentBeforeItTookTheCommandDoesNotFailTheWrite() throws Exception {
        CompletableFuture<Void> write = confirmations.expect(ACTUATOR, "output", 75, true);
        // A periodic report of the old output, already on the air when the command went out.
        confirmations.onValues(ACTUATOR, Map.of("output", 0.0));
        confirmations.onValues(ACTUATOR, Map.of("output", 75.0));
        write.get(5, TimeUnit.SECONDS);
    }

    @Test
    void anActuatorThatKeepsReportingAnotherValueFailsTheWriteWithThatValue() {
        CompletableFuture<Void> write = confirmations.expect(ACTUATOR, "output", 75, true);
        confirmations.onValues(ACTUATOR, Map.of("output", 0.0));
        ExecutionException e = assertThrows(ExecutionException.class, () -> write.get(5, TimeUnit.SECONDS));
        assertThat(e.getCause().getMessage()).contains("output = 0.0 instead of 75");
    }
}
