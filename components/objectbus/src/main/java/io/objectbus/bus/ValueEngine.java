// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.model.Quality;
import io.objectbus.model.Sample;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Change of value: takes every sample an adapter reports, publishes those the resource's policy lets through, holds
 * back changes that come too soon, re-publishes silent resources as a heartbeat and turns silent objects stale.
 */
final class ValueEngine {

    private final Registry registry;
    private final BusTransport transport;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final int qos;
    private final ViewHub view;
    private final AtomicLong sequence = new AtomicLong();
    private final BusCounters counters;

    ValueEngine(
            Registry registry,
            BusTransport transport,
            ScheduledExecutorService scheduler,
            Clock clock,
            int qos,
            ViewHub view,
            BusCounters counters) {
        this.counters = counters;
        this.registry = registry;
        this.transport = transport;
        this.scheduler = scheduler;
        this.clock = clock;
        this.qos = qos;
        this.view = view;
    }

    long lastSequence() {
        return sequence.get();
    }

    void accept(ObjectState object, ResourceState resource, Sample sample) {
        counters.valueIn();
        Instant now = clock.instant();
        object.lastSeen = now;
        object.stale = false;
        synchronized (resource) {
            resource.latest = sample;
            Duration since =
                    resource.lastPublishedAt == null ? Duration.ZERO : Duration.between(resource.lastPublishedAt, now);
            switch (CovDecision.decide(resource.policy, resource.lastPublished, since, sample)) {
                case PUBLISH -> publish(resource, sample, now);
                case DEFER -> scheduleFlush(resource, since);
                case SKIP -> counters.suppressed();
            }
        }
    }

    private void scheduleFlush(ResourceState resource, Duration since) {
        if (!resource.flushScheduled) {
            resource.flushScheduled = true;
            long delay = resource.policy.minInterval().minus(since).toMillis();
            scheduler.schedule(() -> flush(resource), Math.max(delay, 0), TimeUnit.MILLISECONDS);
        }
    }

    private void flush(ResourceState resource) {
        synchronized (resource) {
            resource.flushScheduled = false;
            if (CovDecision.changed(resource.policy, resource.lastPublished, resource.latest)) {
                publish(resource, resource.latest, clock.instant());
            }
        }
    }

    /** The node stops: changes held back by a minimum interval go out now instead of never. */
    void flushHeld() {
        for (ObjectState object : registry.all()) {
            for (ResourceState resource : object.resources.values()) {
                if (resource.flushScheduled) {
                    flush(resource);
                }
            }
        }
    }

    /** Every known value of the object goes out again as stale, at once. */
    void markStale(ObjectState object, String reason) {
        object.stale = true;
        Instant now = clock.instant();
        for (ResourceState resource : object.resources.values()) {
            synchronized (resource) {
                if (resource.latest != null && resource.latest.quality() != Quality.STALE) {
                    resource.latest = resource.latest.withQuality(Quality.STALE, reason);
                    publish(resource, resource.latest, now);
                }
            }
        }
    }

    /** Heartbeats for resources silent past their maximum interval; stale marks for silent objects. */
    void sweep() {
        Instant now = clock.instant();
        for (ObjectState object : registry.all()) {
            long staleAfter = object.descriptor.staleAfterSeconds();
            Instant seen = object.lastSeen;
            if (staleAfter > 0
                    && !object.stale
                    && seen != null
                    && seen.plusSeconds(staleAfter).isBefore(now)) {
                markStale(object, "no report for " + staleAfter + " s");
            }
            object.resources.values().forEach(resource -> heartbeat(resource, now));
        }
    }

    private void heartbeat(ResourceState resource, Instant now) {
        Duration max = resource.policy.maxInterval();
        if (max == null || max.isZero() || max.isNegative()) {
            return;
        }
        synchronized (resource) {
            if (resource.latest != null && !resource.lastPublishedAt.plus(max).isAfter(now)) {
                publish(resource, resource.latest, now);
            }
        }
    }

    /** Called with the resource's lock held, so that its publications leave in order. */
    private void publish(ResourceState resource, Sample sample, Instant now) {
        Instant timestamp = sample.timestamp() == null ? now : sample.timestamp();
        long seq = sequence.incrementAndGet();
        byte[] payload = Json.value(
                sample.value(), resource.descriptor.unit(), timestamp, sample.quality(), sample.reason(), seq);
        resource.payload = payload;
        resource.lastPublished = sample;
        resource.lastPublishedAt = now;
        transport.publish(resource.topic, payload, qos);
        counters.valueOut();
        view.published(resource, sample, timestamp, seq);
    }
}
