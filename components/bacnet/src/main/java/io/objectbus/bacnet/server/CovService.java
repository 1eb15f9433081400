// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.server;

import io.objectbus.bacnet.internal.Apdu;
import io.objectbus.bacnet.internal.service.CovNotification;
import io.objectbus.bacnet.internal.service.ServiceChoice;
import io.objectbus.bacnet.internal.service.SubscribeCov;
import io.objectbus.bacnet.model.BacnetAddress;
import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.ErrorNames;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.model.PropertyIdentifier;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SubscribeCOV served (clause 13.14) and COV reporting (clause 13.1): a notification with present-value and
 * status-flags after each subscription, and whenever an analog value moved by its cov-increment since the last
 * report, any other value changed, or the status flags changed.
 */
final class CovService {
    private static final Logger LOG = LoggerFactory.getLogger(CovService.class);

    private record Key(BacnetAddress subscriber, long processId, ObjectIdentifier objectId) {}

    private record Subscription(Key key, boolean confirmed, long expiresAt) {
        long remainingSeconds(long now) {
            return expiresAt == 0 ? 0 : Math.max(0, (expiresAt - now + 999) / 1000);
        }
    }

    private final LocalDevice device;
    private final Map<Key, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final Map<ObjectIdentifier, List<BacnetValue>> lastReported = new ConcurrentHashMap<>();
    private final AtomicLong acknowledged = new AtomicLong();

    CovService(LocalDevice device) {
        this.device = device;
    }

    Apdu subscribe(BacnetAddress source, Apdu.ConfirmedRequest request) {
        SubscribeCov subscribe = SubscribeCov.Serializer.decode(request.service());
        Key key = new Key(source, subscribe.processId(), subscribe.objectId());
        BacnetObject object;
        try {
            object = device.object(subscribe.objectId());
        } catch (PropertyException e) {
            return ObjectServices.error(request, e);
        }
        if (!object.propertyIds().contains(PropertyIdentifier.STATUS_FLAGS)) {
            // Clause 13.14.1.3.2: an object without COV reporting.
            return new Apdu.Error(
                    request.invokeId(),
                    request.serviceChoice(),
                    ErrorNames.CLASS_OBJECT,
                    ErrorNames.CODE_OPTIONAL_FUNCTIONALITY_NOT_SUPPORTED);
        }
        if (subscribe.isCancellation()) {
            subscriptions.remove(key);
        } else {
            long lifetime = subscribe.lifetime() == null ? 0 : subscribe.lifetime();
            long expires = lifetime == 0 ? 0 : System.currentTimeMillis() + lifetime * 1000;
            Subscription subscription = new Subscription(key, subscribe.confirmed(), expires);
            subscriptions.put(key, subscription);
            // The initial notification follows the acknowledgement (clause 13.14.1.4 and 13.1.3).
            device.stack().executeInOrder(() -> notifyInitial(subscription, object));
        }
        return new Apdu.SimpleAck(request.invokeId(), ServiceChoice.SUBSCRIBE_COV);
    }

    /** Locked with {@link #onChange}, so that a notification never overtakes a newer one. */
    private synchronized void notifyInitial(Subscription subscription, BacnetObject object) {
        notify(subscription, snapshot(object));
    }

    /** Called when an object may have changed; reports it when the change is significant. */
    synchronized void onChange(ObjectIdentifier id) {
        purgeExpired();
        BacnetObject object = device.store().find(id).orElse(null);
        if (object == null
                || subscriptions.keySet().stream().noneMatch(k -> k.objectId().equals(id))) {
            return;
        }
        List<BacnetValue> now = snapshot(object);
        List<BacnetValue> before = lastReported.get(id);
        if (before == null || significant(object, before, now)) {
            subscriptions.values().stream()
                    .filter(s -> s.key().objectId().equals(id))
                    .forEach(s -> notify(s, now));
        }
    }

    private static List<BacnetValue> snapshot(BacnetObject object) {
        return List.of(
                object.read(PropertyIdentifier.PRESENT_VALUE).elements().get(0),
                object.read(PropertyIdentifier.STATUS_FLAGS).elements().get(0));
    }

    private static boolean significant(BacnetObject object, List<BacnetValue> before, List<BacnetValue> now) {
        if (!before.get(1).equals(now.get(1))) {
            return true;
        }
        if (before.get(0) instanceof BacnetValue.RealValue old && now.get(0) instanceof BacnetValue.RealValue cur) {
            return Math.abs(cur.value() - old.value()) >= increment(object) && cur.value() != old.value();
        }
        return !before.get(0).equals(now.get(0));
    }

    /** The object's cov-increment; an object without one reports every change. */
    private static float increment(BacnetObject object) {
        try {
            BacnetValue value =
                    object.read(PropertyIdentifier.COV_INCREMENT).elements().get(0);
            return value instanceof BacnetValue.RealValue real ? real.value() : 0f;
        } catch (PropertyException e) {
            return 0f;
        }
    }

    private void notify(Subscription subscription, List<BacnetValue> values) {
        if (device.faults().isSilent()) {
            return;
        }
        lastReported.put(subscription.key().objectId(), values);
        CovNotification notification = new CovNotification(
                subscription.key().processId(),
                device.id(),
                subscription.key().objectId(),
                subscription.remainingSeconds(System.currentTimeMillis()),
                List.of(
                        CovNotification.Value.of(PropertyIdentifier.PRESENT_VALUE, values.get(0)),
                        CovNotification.Value.of(PropertyIdentifier.STATUS_FLAGS, values.get(1))));
        byte[] body = CovNotification.Serializer.encode(notification);
        BacnetAddress subscriber = subscription.key().subscriber();
        if (subscription.confirmed()) {
            device.stack()
                    .sendConfirmed(subscriber, ServiceChoice.CONFIRMED_COV_NOTIFICATION, body)
                    .whenComplete((answer, failure) -> countAck(subscriber, answer, failure));
        } else {
            sendUnconfirmed(subscriber, body);
        }
    }

    private void sendUnconfirmed(BacnetAddress subscriber, byte[] body) {
        try {
            device.stack().sendUnconfirmed(subscriber, ServiceChoice.UNCONFIRMED_COV_NOTIFICATION, body);
        } catch (IOException e) {
            LOG.warn("COV notification to {} not sent: {}", subscriber, e.toString());
        }
    }

    private void countAck(BacnetAddress subscriber, Apdu answer, Throwable failure) {
        if (answer instanceof Apdu.SimpleAck) {
            acknowledged.incrementAndGet();
        } else {
            LOG.warn(
                    "Confirmed COV notification to {} not acknowledged: {}",
                    subscriber,
                    failure != null ? failure.getMessage() : answer);
        }
    }

    private void purgeExpired() {
        long now = System.currentTimeMillis();
        subscriptions.values().removeIf(s -> s.expiresAt() != 0 && s.expiresAt() < now);
    }

    /** Forgets every subscription, as a restart does. */
    synchronized void clear() {
        subscriptions.clear();
        lastReported.clear();
    }

    /** Subscriptions in force now. */
    int activeCount() {
        purgeExpired();
        return subscriptions.size();
    }

    long acknowledgedNotifications() {
        return acknowledged.get();
    }
}
