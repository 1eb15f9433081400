// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.client;

import static io.objectbus.bacnet.support.TestNetwork.await;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.model.ObjectType;
import io.objectbus.bacnet.support.SimulatedSite;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DiscoveryTest {
    private static final Duration WINDOW = Duration.ofMillis(400);
    private SimulatedSite site;

    @BeforeEach
    void start() throws Exception {
        site = SimulatedSite.start(1234);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void whoIsBroadcastOnLoopbackIsAnsweredWithIAm() {
        List<DeviceInfo> devices = await(site.client.discover(-1, -1, WINDOW));

        assertEquals(1, devices.size());
        DeviceInfo device = devices.get(0);
        assertEquals(1234, device.instance());
        assertEquals(site.device.port(), device.address().socket().getPort());
        assertEquals(1476, device.maxApdu());
        assertEquals(3, device.segmentation(), "no-segmentation");
    }

    @Test
    void whoIsWithARangeThatHoldsTheInstanceFindsTheDevice() {
        // Clause 16.10.1.1.1: a device answers when its instance lies within the limits, inclusive.
        assertEquals(1, await(site.client.discover(1234, 1234, WINDOW)).size());
        assertEquals(1, await(site.client.discover(1000, 2000, WINDOW)).size());
    }

    @Test
    void whoIsWithARangeThatMissesTheInstanceIsNotAnswered() {
        assertTrue(await(site.client.discover(1235, 4000, WINDOW)).isEmpty());
        assertTrue(await(site.client.discover(0, 1233, WINDOW)).isEmpty());
    }

    @Test
    void resolveFindsTheAddressOfAnUnknownDeviceByItsInstance() {
        DeviceInfo device = await(site.client.resolve(1234));

        assertEquals(site.deviceAddress, device.address());
        assertTrue(site.client.knownDevices().containsKey(1234));
    }

    @Test
    void resolvingADeviceThatDoesNotAnswerFailsAfterTheRetries() {
        site.device.faults().silent(true);

        BacnetTimeoutException e = org.junit.jupiter.api.Assertions.assertThrows(
                BacnetTimeoutException.class, () -> await(site.client.resolve(1234)));

        assertEquals("device 1234 did not answer Who-Is", e.getMessage());
        site.device.faults().silent(false);
        assertEquals(1234, await(site.client.resolve(1234)).instance());
    }

    @Test
    void whoHasByNameIsAnsweredWithIHave() {
        List<ObjectHolder> holders = new CopyOnWriteArrayList<>();
        site.client.addObjectHolderListener(holders::add);

        site.client.whoHas(-1, -1, null, "Zone Temperature");

        await().atMost(Duration.ofSeconds(5)).until(() -> !holders.isEmpty());
        assertEquals(
                new ObjectIdentifier(ObjectType.ANALOG_INPUT, 1), holders.get(0).objectId());
        assertEquals(1234, holders.get(0).deviceInstance());
    }

    @Test
    void whoHasByIdentifierIsAnsweredWithTheObjectName() {
        List<ObjectHolder> holders = new CopyOnWriteArrayList<>();
        site.client.addObjectHolderListener(holders::add);

        site.client.whoHas(1234, 1234, new ObjectIdentifier(ObjectType.BINARY_OUTPUT, 1), null);

        await().atMost(Duration.ofSeconds(5)).until(() -> !holders.isEmpty());
        assertEquals("Fan Command", holders.get(0).objectName());
    }
}
