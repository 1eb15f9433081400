// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The parts of one node's bus, made and wired together once: {@link BusNode} is the face they show to adapters, the
 * node's services and its links, and this is where each part is given the others it works with.
 */
final class BusAssembly {

    final BusSettings settings;
    final Topics topics;
    final BusTransport transport;
    final BusCounters counters = new BusCounters();
    final ErrorReporter errors;
    final ValueEngine values;
    final WriteDispatcher writes;
    final ViewWrites viewWrites;
    final ViewCommands viewCommands;
    final NodeLinks links;
    final NodeInfo nodeInfo;
    final ForeignState foreign;
    final CurrentState current;
    final BusView view;
    final BusObjects objects;
    final ForwardedMessages forwarded;
    final NodeRuntime runtime;
    final PreviousRunObjects previousRun;

    /**
     * @param presence whether the node announces itself on {@code $state}
     * @param dataFolder where the node keeps its run marker; null for a node that keeps nothing on disk
     */
    BusAssembly(BusSettings settings, BusTransport transport, boolean presence, Path dataFolder, Clock clock) {
        this.settings = settings;
        this.topics = new Topics(settings.prefix(), settings.nodeId());
        this.transport = transport;
        Registry registry = new Registry(settings, topics);
        ScheduledExecutorService scheduler =
                Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "objectbus-" + topics.node()));
        this.errors = new ErrorReporter(topics, transport, clock, counters);
        ViewHub hub = new ViewHub(topics);
        this.values = new ValueEngine(registry, transport, scheduler, clock, settings.valueQos(), hub, counters);
        this.viewWrites = new ViewWrites(topics, settings.writeTimeout(), clock);
        this.writes = new WriteDispatcher(
                settings,
                topics,
                registry,
                values,
                new WriteReplies(viewWrites.tap(transport), errors, clock, counters),
                clock);
        viewWrites.gate(new RequestGate(settings, clock, writes.requests()));
        this.links = new NodeLinks(this::linkChanged);
        this.nodeInfo = new NodeInfo(settings, topics, registry, clock, links::list);
        NodePresence liveness = presence
                ? new NodePresence(
                        topics, transport, dataFolder == null ? null : new RunMarker(dataFolder, clock), clock)
                : null;
        this.foreign = new ForeignState(topics, links::upTo);
        this.current = new CurrentState(
                topics, registry, nodeInfo::payload, () -> liveness == null ? null : liveness.payload());
        this.viewCommands = new ViewCommands(topics);
        this.view = new BusView(topics, registry, foreign, hub, viewWrites, viewCommands);
        this.objects = new BusObjects(topics, registry, transport, values, errors, nodeInfo, hub, clock);
        this.forwarded = new ForwardedMessages(topics, transport, foreign, errors, hub, clock);
        this.previousRun = new PreviousRunObjects(topics, transport, objects::knows);
        this.runtime = new NodeRuntime(
                new NodeRuntime.Parts(
                        settings,
                        topics,
                        transport,
                        clock,
                        registry,
                        errors,
                        values,
                        writes,
                        nodeInfo,
                        liveness,
                        current,
                        foreign,
                        new CmdRequests(topics, registry, new CommandReplies(transport, errors, clock))),
                scheduler);
    }

    /** A link changed state: the node descriptor goes out again at the next sweep. */
    void linkChanged() {
        nodeInfo.changed();
    }
}
