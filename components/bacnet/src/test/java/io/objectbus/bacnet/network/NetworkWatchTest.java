// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.bacnet.client.DeviceInfo;
import io.objectbus.bacnet.internal.service.ServiceChoice;
import io.objectbus.bacnet.model.BacnetValue.RealValue;
import io.objectbus.bacnet.model.ErrorNames;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.server.Fault;
import io.objectbus.bacnet.server.PriorityArray;
import io.objectbus.bacnet.sim.SimulatedBacnetDevice;
import io.objectbus.bacnet.stack.BacnetStack;
import io.objectbus.bacnet.stack.StackConfig;
import io.objectbus.bacnet.support.SimulatedSite;
import io.objectbus.bacnet.support.TestNetwork;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NetworkWatchTest implements NetworkListener {
    private static final ObjectIdentifier ZONE_TEMPERATURE = ObjectIdentifier.parse("analog-input:1");
    private static final ObjectIdentifier VALVE = ObjectIdentifier.parse("analog-output:1");

    private final List<DeviceScan> scans = new CopyOnWriteArrayList<>();
    private final List<PointValues> values = new CopyOnWriteArrayList<>();
    private final List<DeviceLost> losses = new CopyOnWriteArrayList<>();
    private final List<DeviceInfo> announced = new CopyOnWriteArrayList<>();
    private SimulatedSite site;
    private NetworkWatch watch;

    @BeforeEach
    void startDevice() throws Exception {
        site = SimulatedSite.start(3001);
    }

    @AfterEach
    void stop() {
        if (watch != null) {
            watch.close();
        }
        site.close();
    }

    private void watch() {
        watch = new NetworkWatch(site.clientStack, options(), this).start();
    }

    private static WatchOptions options() {
        return new WatchOptions(3000, 3999, Duration.ofSeconds(60), Duration.ofMillis(300), 60, false, 7);
    }

    @Test
    void aDeviceIsScannedWithItsPointObjectsThenReportsChangesByCov() {
        watch();
        await().until(() -> scans.size() == 1);
        DeviceScan scan = scans.get(0);
        assertThat(scan.properties()).containsEntry("object-name", "Simulated Device 3001");
        assertThat(scan.objects()).hasSize(10);
        PointSnapshot temperature = scan.objects().get(0);
        assertThat(temperature.id()).isEqualTo(ZONE_TEMPERATURE);
        assertThat(temperature.properties())
                .containsEntry("object-name", "Zone Temperature")
                .containsEntry("units", 62L)
                .containsEntry("min-pres-value", -40f)
                .containsEntry("present-value", 21f)
                .doesNotContainKey("relinquish-default");
        await().until(() -> site.device.device().covSubscriptionCount() == 10);

        site.device.objects().point(ZONE_TEMPERATURE).updatePresentValue(new RealValue(23.5f));

        await().until(() -> values.stream()
                .filter(v -> v.source().equals(PointValues.COV))
                .flatMap(v -> v.objects().stream())
                .anyMatch(p ->
                        p.id().equals(ZONE_TEMPERATURE) && Float.valueOf(23.5f).equals(p.get("present-value"))));
    }

    @Test
    void aDeviceWithoutCovOrReadPropertyMultipleIsReadOneByOneAndPolled() {
        site.device.faults().fail(ServiceChoice.SUBSCRIBE_COV, Fault.reject(ErrorNames.REJECT_UNRECOGNIZED_SERVICE));
        site.device
                .faults()
                .fail(ServiceChoice.READ_PROPERTY_MULTIPLE, Fault.reject(ErrorNames.REJECT_UNRECOGNIZED_SERVICE));
        watch();
        await().until(() -> scans.size() == 1);
        assertThat(scans.get(0).objects()).hasSize(10);

        site.device.objects().point(ZONE_TEMPERATURE).updatePresentValue(new RealValue(19.25f));

        await().until(() -> values.stream()
                .filter(v -> v.source().equals(PointValues.POLL))
                .anyMatch(v -> v.objects().size() == 10
                        && Float.valueOf(19.25f).equals(v.objects().get(0).get("present-value"))));
        assertThat(site.device.device().covSubscriptionCount()).isZero();
    }

    @Test
    void aDeviceThatStopsAnsweringIsLostThenScannedAgainWhenItAnswers() {
        watch();
        await().until(() -> scans.size() == 1);
        site.device.faults().silent(true);

        await().until(() -> losses.size() == 1);
        assertThat(losses.get(0).objects()).hasSize(10).contains(ZONE_TEMPERATURE);
        assertThat(watch.devices()).containsEntry(3001, false);

        site.device.faults().silent(false);
        await().until(() -> scans.size() == 2);
        assertThat(watch.devices()).containsEntry(3001, true);
    }

    @Test
    void aDeviceThatRestartsSaysIAmAndIsAnnouncedWithoutItsCommandsAndSubscriptions() throws Exception {
        int clientPort = TestNetwork.freePort();
        int devicePort = TestNetwork.freePort();
        // The device's broadcasts reach the watch's port, as they reach every device on a real subnet.
        StackConfig deviceConfig = StackConfig.defaults()
                .withLocalPort(devicePort)
                .withBroadcast(TestNetwork.LOOPBACK_BROADCAST, clientPort);
        StackConfig clientConfig = TestNetwork.clientConfig(devicePort).withLocalPort(clientPort);
        try (SimulatedBacnetDevice device = SimulatedBacnetDevice.start(deviceConfig, 3002, 0);
                BacnetStack client = BacnetStack.open(clientConfig)) {
            try (NetworkWatch restartWatch = new NetworkWatch(client, options(), this).start()) {
                await().until(() -> scans.size() == 1 && device.device().covSubscriptionCount() == 10);
                PriorityArray valve = device.objects().point(VALVE).priorityArray();
                valve.set(8, new RealValue(40f));

                device.restart();

                assertThat(valve.activePriority()).isZero();
                assertThat(device.device().covSubscriptionCount()).isZero();
                await().until(() -> announced.stream().anyMatch(info -> info.instance() == 3002));
                assertThat(scans).hasSize(1);
            }
        }
    }

    @Override
    public void announced(DeviceInfo device) {
        announced.add(device);
    }

    @Override
    public void scanned(DeviceScan scan) {
        scans.add(scan);
    }

    @Override
    public void values(PointValues update) {
        values.add(update);
    }

    @Override
    public void lost(DeviceLost lost) {
        losses.add(lost);
    }
}
