// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.bacnet;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.bacnet.client.DeviceInfo;
import io.objectbus.bacnet.model.BacnetAddress;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.network.DeviceLost;
import io.objectbus.bacnet.network.DeviceScan;
import io.objectbus.bacnet.network.PointSnapshot;
import io.objectbus.bacnet.network.PointValues;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BacnetMappingTest {
    private static final DeviceInfo DEVICE =
            new DeviceInfo(77, BacnetAddress.local(new InetSocketAddress("127.0.0.1", 47809)), 1476, 3, 0);
    private static final ObjectIdentifier AI1 = ObjectIdentifier.parse("analog-input:1");
    private static final ObjectIdentifier AI2 = ObjectIdentifier.parse("analog-input:2");
    private static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");

    private final BacnetMapping mapping = new BacnetMapping();

    private static PointSnapshot point(ObjectIdentifier id, float value) {
        return new PointSnapshot(id, Map.of("object-name", id.toString(), "present-value", value, "units", 62L));
    }

    private static DeviceScan scan(PointSnapshot... points) {
        return new DeviceScan(DEVICE, Map.of("object-name", "Device 77"), List.of(points), AT);
    }

    @Test
    void aCovNotificationBecomesAValueOfItsObjectAndUnknownObjectsAreLeftOut() {
        mapping.describe(scan(point(AI1, 20f)), false);
        PointValues cov = new PointValues(
                DEVICE,
                PointValues.COV,
                List.of(
                        new PointSnapshot(
                                AI1,
                                Map.of("present-value", 22.5f, "status-flags", List.of(false, false, false, true))),
                        new PointSnapshot(AI2, Map.of("present-value", 1f))),
                AT);
        assertThat(mapping.samples(cov)).singleElement().satisfies(sample -> assertThat(sample)
                .containsEntry("object", "bacnet-77-analog-input-1")
                .containsEntry("resource", "present-value")
                .containsEntry("v", 22.5)
                .containsEntry("q", "uncertain")
                .containsEntry("r", "out-of-service")
                .containsEntry("ts", AT));
    }

    @Test
    void anObjectThatARescanNoLongerFindsIsRemovedOnce() {
        mapping.describe(scan(point(AI1, 20f), point(AI2, 21f)), true);
        assertThat(mapping.removed()).isEmpty();
        mapping.describe(scan(point(AI1, 20f)), true);
        assertThat(mapping.removed()).containsExactly("bacnet-77-analog-input-2");
        assertThat(mapping.removed()).isEmpty();
        assertThat(mapping.objectIds()).containsExactly("bacnet-77-analog-input-1");
    }

    @Test
    void aLostDeviceNamesItsObjectsOnTheBus() {
        mapping.describe(scan(point(AI1, 20f)), true);
        DeviceLost lost = new DeviceLost(DEVICE, List.of(AI1), "device 77 not answering", AT);
        assertThat(mapping.objectIds(lost)).containsExactly("bacnet-77-analog-input-1");
    }

    @Test
    void withoutWritesNothingIsWritable() {
        PointSnapshot output = new PointSnapshot(
                ObjectIdentifier.parse("analog-output:1"), Map.of("present-value", 1f, "relinquish-default", 0f));
        assertThat(mapping.describe(scan(output), false)
                        .get(0)
                        .resources()
                        .get("present-value")
                        .writable())
                .isFalse();
        assertThat(mapping.describe(scan(output), true)
                        .get(0)
                        .resources()
                        .get("present-value")
                        .relinquishDefault())
                .isEqualTo(0.0);
    }
}
