// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.client;

import io.objectbus.bacnet.internal.Apdu;
import io.objectbus.bacnet.internal.service.CovNotification;
import io.objectbus.bacnet.internal.service.ServiceChoice;
import io.objectbus.bacnet.internal.service.SubscribeCov;
import io.objectbus.bacnet.model.BacnetAddress;
import io.objectbus.bacnet.stack.BacnetStack;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SubscribeCOV on the client side (clause 13.14): subscriptions renewed at three quarters of their lifetime,
 * cancellations, and the notifications received, confirmed ones answered with a SimpleACK.
 */
final class CovClient {
    private static final Logger LOG = LoggerFactory.getLogger(CovClient.class);

    private final BacnetStack stack;
    private final Map<CovSubscription, ScheduledFuture<?>> renewals = new ConcurrentHashMap<>();
    private final List<Consumer<CovEvent>> listeners = new CopyOnWriteArrayList<>();

    CovClient(BacnetStack stack) {
        this.stack = stack;
    }

    CompletableFuture<CovSubscription> subscribe(CovSubscription subscription) {
        return send(subscription, false).thenApply(done -> {
            scheduleRenewal(subscription);
            return subscription;
        });
    }

    CompletableFuture<Void> cancel(CovSubscription subscription) {
        ScheduledFuture<?> renewal = renewals.remove(subscription);
        if (renewal != null) {
            renewal.cancel(false);
        }
        return send(subscription, true);
    }

    /** Stops renewing without telling the device, e.g. one that no longer answers. */
    void forget(CovSubscription subscription) {
        ScheduledFuture<?> renewal = renewals.remove(subscription);
        if (renewal != null) {
            renewal.cancel(false);
        }
    }

    private CompletableFuture<Void> send(CovSubscription s, boolean cancel) {
        SubscribeCov request = cancel
                ? new SubscribeCov(s.processId(), s.objectId(), null, null)
                : new SubscribeCov(s.processId(), s.objectId(), s.confirmed(), (long) s.lifetimeSeconds());
        return stack.sendConfirmed(s.device(), ServiceChoice.SUBSCRIBE_COV, SubscribeCov.Serializer.encode(request))
                .thenApply(answer -> Replies.simple(answer, ServiceChoice.SUBSCRIBE_COV));
    }

    private void scheduleRenewal(CovSubscription subscription) {
        if (subscription.lifetimeSeconds() <= 0) {
            return;
        }
        long delay = Math.max(200, subscription.lifetimeSeconds() * 750L);
        ScheduledFuture<?> next = stack.scheduler().schedule(() -> renew(subscription), delay, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> previous = renewals.put(subscription, next);
        if (previous != null) {
            previous.cancel(false);
        }
    }

    private void renew(CovSubscription subscription) {
        if (!renewals.containsKey(subscription)) {
            return;
        }
        send(subscription, false).whenComplete((done, failure) -> {
            if (failure != null) {
                LOG.warn(
                        "Renewing COV subscription {} failed: {}",
                        subscription,
                        Replies.unwrap(failure).getMessage());
            }
            if (renewals.containsKey(subscription)) {
                scheduleRenewal(subscription);
            }
        });
    }

    List<CovSubscription> active() {
        return List.copyOf(renewals.keySet());
    }

    void addListener(Consumer<CovEvent> listener) {
        listeners.add(listener);
    }

    void removeListener(Consumer<CovEvent> listener) {
        listeners.remove(listener);
    }

    void onUnconfirmed(BacnetAddress source, Apdu.UnconfirmedRequest request) {
        if (request.serviceChoice() == ServiceChoice.UNCONFIRMED_COV_NOTIFICATION) {
            deliver(source, CovNotification.Serializer.decode(request.service()), false);
        }
    }

    Apdu onConfirmed(BacnetAddress source, Apdu.ConfirmedRequest request) {
        deliver(source, CovNotification.Serializer.decode(request.service()), true);
        return new Apdu.SimpleAck(request.invokeId(), ServiceChoice.CONFIRMED_COV_NOTIFICATION);
    }

    private void deliver(BacnetAddress source, CovNotification notification, boolean confirmed) {
        List<PropertyResult> values = notification.values().stream()
                .map(v -> new PropertyResult(notification.objectId(), v.property(), v.arrayIndex(), v.value(), null))
                .toList();
        CovEvent event = new CovEvent(
                source,
                notification.device().instance(),
                notification.objectId(),
                notification.processId(),
                notification.timeRemaining(),
                confirmed,
                values);
        listeners.forEach(listener -> listener.accept(event));
    }

    void close() {
        renewals.values().forEach(renewal -> renewal.cancel(false));
        renewals.clear();
    }
}
