// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.client;

import static io.objectbus.bacnet.support.TestNetwork.await;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.bacnet.model.BacnetValue.EnumeratedValue;
import io.objectbus.bacnet.model.BacnetValue.RealValue;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.model.ObjectType;
import io.objectbus.bacnet.model.PropertyIdentifier;
import io.objectbus.bacnet.server.PointObject;
import io.objectbus.bacnet.support.SimulatedSite;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CovTest {
    private static final ObjectIdentifier AI1 = new ObjectIdentifier(ObjectType.ANALOG_INPUT, 1);
    private static final Duration SOON = Duration.ofSeconds(5);
    private final List<CovEvent> events = new CopyOnWriteArrayList<>();
    private SimulatedSite site;
    private PointObject temperature;

    @BeforeEach
    void start() throws Exception {
        site = SimulatedSite.start(55);
        site.client.addCovListener(events::add);
        temperature = site.device.objects().point(AI1);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private CovSubscription subscribe(ObjectIdentifier id, boolean confirmed, int lifetime) {
        return await(site.client.subscribeCov(site.deviceAddress, id, 7, confirmed, lifetime));
    }

    @Test
    void aSubscriptionBringsAnInitialNotificationWithPresentValueAndStatusFlags() {
        // Clause 13.1.3: a notification follows each successful subscription.
        subscribe(AI1, false, 300);

        await().atMost(SOON).until(() -> events.size() == 1);
        CovEvent event = events.get(0);
        assertEquals(AI1, event.objectId());
        assertEquals(55, event.deviceInstance());
        assertEquals(7, event.processId());
        assertEquals(21.0f, event.presentValue());
        assertEquals(List.of(false, false, false, false), event.value(PropertyIdentifier.STATUS_FLAGS));
        assertFalse(event.confirmed());
        assertTrue(event.timeRemaining() > 290 && event.timeRemaining() <= 300);
    }

    @Test
    void aChangeBeyondTheCovIncrementIsNotifiedAndASmallerOneIsNot() {
        subscribe(AI1, false, 300);
        await().atMost(SOON).until(() -> events.size() == 1);

        temperature.updatePresentValue(new RealValue(21.2f)); // increment is 0.5
        temperature.updatePresentValue(new RealValue(21.6f));

        await().atMost(SOON).until(() -> events.size() == 2);
        assertEquals(21.6f, events.get(1).presentValue());
        temperature.updatePresentValue(new RealValue(21.9f));
        temperature.updatePresentValue(new RealValue(23.0f));
        await().atMost(SOON).until(() -> events.size() == 3);
        assertEquals(23.0f, events.get(2).presentValue(), "21.9 was within the increment of 21.6");
    }

    @Test
    void aStatusFlagChangeIsNotifiedWhateverTheValue() {
        subscribe(AI1, false, 300);
        await().atMost(SOON).until(() -> events.size() == 1);

        temperature.fault(true);

        await().atMost(SOON).until(() -> events.size() == 2);
        assertEquals(List.of(false, true, false, false), events.get(1).value(PropertyIdentifier.STATUS_FLAGS));
    }

    @Test
    void confirmedNotificationsAreAcknowledgedWithSimpleAck() {
        ObjectIdentifier bi = new ObjectIdentifier(ObjectType.BINARY_INPUT, 1);
        subscribe(bi, true, 300);

        site.device.objects().point(bi).updatePresentValue(new EnumeratedValue(1));

        await().atMost(SOON).until(() -> events.size() == 2);
        assertTrue(events.get(1).confirmed());
        assertEquals(1L, events.get(1).presentValue());
        await().atMost(SOON).until(() -> site.device.device().acknowledgedCovNotifications() == 2);
    }

    @Test
    void aShortSubscriptionIsRenewedBeforeItExpires() {
        subscribe(AI1, false, 1);

        // Renewed at three quarters of the lifetime; each renewal brings a fresh initial notification.
        await().atMost(SOON).until(() -> events.size() >= 4);
        assertEquals(1, site.device.device().covSubscriptionCount());
    }

    @Test
    void aCancelledSubscriptionEndsOnTheDeviceAndIsNotRenewed() {
        CovSubscription subscription = subscribe(AI1, false, 300);
        assertEquals(1, site.device.device().covSubscriptionCount());

        await(site.client.cancelCov(subscription));

        assertEquals(0, site.device.device().covSubscriptionCount());
        assertTrue(site.client.covSubscriptions().isEmpty());
    }

    @Test
    void subscribingToTheDeviceObjectFailsAsItHasNoCovReporting() {
        BacnetErrorException e = org.junit.jupiter.api.Assertions.assertThrows(
                BacnetErrorException.class, () -> subscribe(ObjectIdentifier.device(55), false, 60));

        assertEquals("object/optional-functionality-not-supported", e.error().toString());
    }

    @Test
    void subscribingToAnUnknownObjectFails() {
        BacnetErrorException e = org.junit.jupiter.api.Assertions.assertThrows(
                BacnetErrorException.class,
                () -> subscribe(new ObjectIdentifier(ObjectType.ANALOG_INPUT, 42), false, 60));

        assertEquals(31, e.error().errorCode());
    }
}
