// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.mqttdevices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.transforms.mqttjson.DeviceCommand;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** How a device's state, replies and silence settle the writes waiting for it. */
class ConfirmationsTest {

    private static final DeviceCommand POWER_ON = new DeviceCommand("cmnd/plug/POWER", "ON", "power", true);
    private static final DeviceCommand DIM_60 = new DeviceCommand("cmnd/plug/Dimmer", "60", "dimmer", 60.4);

    private final Confirmations confirmations = new Confirmations("plug", 200);

    @Test
    void aReportedValueEqualToTheWrittenOneAppliesTheWriteAndAnotherDoesNot() {
        CompletableFuture<Void> write = confirmations.expect(POWER_ON);
        confirmations.onValues(Map.of("power", false));
        assertThat(write).isNotDone();
        confirmations.onValues(Map.of("power", true));
        assertThat(write).isCompleted();
    }

    @Test
    void aNumberTheDeviceRoundedStillConfirmsTheWrite() {
        CompletableFuture<Void> write = confirmations.expect(DIM_60);
        confirmations.onValues(Map.of("dimmer", 60.0));
        assertThat(write).isCompleted();
    }

    @Test
    void aCommandTakenForAValueTheDeviceAlreadyReportedIsApplied() {
        CompletableFuture<Void> write = confirmations.expect(POWER_ON);
        confirmations.onAccepted("power", false);
        assertThat(write).isNotDone();
        confirmations.onAccepted("power", true);
        assertThat(write).isCompleted();
    }

    @Test
    void aRefusalThatNamesNoResourceFailsEveryWaitingWriteWithTheDevicesReason() {
        CompletableFuture<Void> power = confirmations.expect(POWER_ON);
        CompletableFuture<Void> dimmer = confirmations.expect(DIM_60);
        confirmations.onRefused(null, "Tasmota: command error");
        assertThat(power)
                .failsWithin(Duration.ZERO)
                .withThrowableOfType(ExecutionException.class)
                .withMessageContaining("Tasmota: command error");
        assertThat(dimmer).isCompletedExceptionally();
    }

    @Test
    void aRefusalOfOneResourceLeavesTheOthersWaiting() {
        CompletableFuture<Void> power = confirmations.expect(POWER_ON);
        CompletableFuture<Void> dimmer = confirmations.expect(DIM_60);
        confirmations.onRefused("dimmer", "no");
        assertThat(dimmer).isCompletedExceptionally();
        assertThat(power).isNotDone();
    }

    @Test
    void silenceEndsTheWriteWithATimeoutThatNamesTheDeviceAndTheValue() {
        CompletableFuture<Void> write = confirmations.expect(POWER_ON);
        await().atMost(Duration.ofSeconds(30)).until(write::isDone);
        assertThat(write)
                .failsWithin(Duration.ZERO)
                .withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(TimeoutException.class)
                .withMessageContaining("plug did not confirm power = true within 200 ms");
    }

    @Test
    void aNewerWriteOfTheSameResourceSupersedesTheOlderOne() {
        CompletableFuture<Void> older = confirmations.expect(POWER_ON);
        CompletableFuture<Void> newer =
                confirmations.expect(new DeviceCommand("cmnd/plug/POWER", "OFF", "power", false));
        assertThat(older).isCompletedExceptionally();
        confirmations.onValues(Map.of("power", false));
        assertThat(newer).isCompleted();
    }
}
