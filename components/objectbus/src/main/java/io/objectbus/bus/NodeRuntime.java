// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts and stops a {@link BusNode}'s work on the broker: serving the current picture, taking writes and discovery
 * requests, the periodic sweep (stale values, expired writes, the node descriptor when it changed) and liveness.
 */
final class NodeRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(BusNode.class);

    /** The parts of the node that run; {@code presence} is null for a node that publishes no {@code $state}. */
    record Parts(
            BusSettings settings,
            Topics topics,
            BusTransport transport,
            Clock clock,
            Registry registry,
            ErrorReporter errors,
            ValueEngine values,
            WriteDispatcher writes,
            NodeInfo nodeInfo,
            NodePresence presence,
            CurrentState current,
            ForeignState foreign,
            CmdRequests commands) {}

    private final Parts parts;
    private final ScheduledExecutorService scheduler;

    NodeRuntime(Parts parts, ScheduledExecutorService scheduler) {
        this.parts = parts;
        this.scheduler = scheduler;
    }

    void start() throws Exception {
        BusTransport transport = parts.transport();
        transport.serveCurrentState(parts.current());
        transport.serveCurrentState(parts.foreign());
        takeRequests();
        long sweepMillis = parts.settings().sweepInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::sweep, sweepMillis, sweepMillis, TimeUnit.MILLISECONDS);
        publishNodeInfo();
        if (parts.presence() != null) {
            transport.forgetRetained(parts.topics().state());
            parts.presence().start();
            long alive = RunMarker.INTERVAL.toMillis();
            scheduler.scheduleWithFixedDelay(parts.presence()::alive, alive, alive, TimeUnit.MILLISECONDS);
        }
        Topics topics = parts.topics();
        LOG.info("Bus node {} online under {}/{}", topics.node(), topics.prefix(), topics.node());
    }

    private void takeRequests() {
        Topics topics = parts.topics();
        parts.transport()
                .subscribe(
                        "$objectbus." + topics.node() + ".set",
                        topics.setFilters(),
                        true,
                        new RequestGate(
                                parts.settings(), parts.clock(), parts.writes().requests()));
        parts.transport()
                .subscribe(
                        "$objectbus." + topics.node() + ".cmd",
                        topics.cmdFilters(),
                        // A command left while the node was down would run unasked at its start: not kept.
                        false,
                        new RequestGate(parts.settings(), parts.clock(), parts.commands()));
        DiscoveryResponder discovery = new DiscoveryResponder(
                topics, parts.registry(), parts.transport(), parts.errors(), parts.nodeInfo()::describe);
        parts.transport()
                .subscribe(
                        "$objectbus." + topics.node() + ".discover",
                        List.of(topics.broadcastDiscover(), topics.nodeDiscover()),
                        false,
                        new RequestGate(parts.settings(), parts.clock(), discovery));
    }

    /** What the bus holds back goes out, then the node's offline state; the broker must still run. */
    void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        parts.values().flushHeld();
        if (parts.presence() != null) {
            parts.presence().stop();
        }
        parts.transport().close();
    }

    private void sweep() {
        try {
            parts.values().sweep();
            parts.writes().expire();
            if (parts.nodeInfo().takeChanged()) {
                publishNodeInfo();
            }
        } catch (RuntimeException e) {
            LOG.error("Bus sweep failed; it runs again", e);
        }
    }

    private void publishNodeInfo() {
        parts.transport().publish(parts.topics().nodeInfo(), parts.nodeInfo().payload(), 1);
    }
}
