// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.model.Ids;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.Quality;
import io.objectbus.model.Sample;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node's bus: the registry of its objects, change of value, writes, discovery, errors and liveness, over a
 * {@link BusTransport}. Adapters reach it through the {@code objectbus} Camel component.
 */
public final class BusNode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BusNode.class);
    /** The MQTT 5 user property with the nodes a message came through, as routers carry it. */
    private static final String PATH_PROPERTY = "ob-path";
    /** Numbers the unnamed subscriptions of the JVM, whose queues must not meet. */
    private static final AtomicLong SUBSCRIPTIONS = new AtomicLong();

    private final BusSettings settings;
    private final Topics topics;
    private final BusTransport transport;
    private final Clock clock;
    private final Registry registry;
    private final ScheduledExecutorService scheduler;
    private final ErrorReporter errors;
    private final ValueEngine values;
    private final WriteDispatcher writes;
    private final NodeInfo nodeInfo;
    private final NodePresence presence;
    private final ForeignState foreign;
    private final CurrentState current;
    private final ViewHub hub;
    private final BusView view;
    private final Map<String, Supplier<Map<String, Object>>> links = new ConcurrentSkipListMap<>();
    private volatile boolean closed;

    /** A bus that publishes no {@code $state}. */
    public BusNode(BusSettings settings, BusTransport transport, Clock clock) {
        this(settings, transport, false, null, clock);
    }

    /**
     * A bus that announces the node on {@code $state}.
     *
     * @param dataFolder where the node keeps its run marker, which tells the next start how this run ended; null for
     *     a node that keeps nothing on disk
     */
    public BusNode(BusSettings settings, BusTransport transport, Path dataFolder, Clock clock) {
        this(settings, transport, true, dataFolder, clock);
    }

    private BusNode(BusSettings settings, BusTransport transport, boolean presence, Path dataFolder, Clock clock) {
        this.settings = settings;
        this.topics = new Topics(settings.prefix(), settings.nodeId());
        this.transport = transport;
        this.clock = clock;
        this.registry = new Registry(settings, topics);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "objectbus-" + topics.node()));
        this.errors = new ErrorReporter(topics, transport, clock);
        this.hub = new ViewHub(topics);
        this.values = new ValueEngine(registry, transport, scheduler, clock, settings.valueQos(), hub);
        ViewWrites viewWrites = new ViewWrites(topics, settings.writeTimeout(), clock);
        BusTransport replies = viewWrites.tap(transport);
        this.writes = new WriteDispatcher(
                settings, topics, registry, values, new WriteReplies(replies, errors, clock), clock);
        viewWrites.gate(new RequestGate(settings, clock, writes));
        this.nodeInfo = new NodeInfo(settings, topics, registry, clock, this::links);
        this.presence = presence
                ? new NodePresence(
                        topics, transport, dataFolder == null ? null : new RunMarker(dataFolder, clock), clock)
                : null;
        this.foreign = new ForeignState(topics, this::linkedAndUp);
        this.current =
                new CurrentState(topics, registry, nodeInfo::payload, () -> presence ? this.presence.payload() : null);
        this.view = new BusView(topics, registry, foreign, hub, viewWrites);
    }

    public void start() throws Exception {
        transport.serveCurrentState(current);
        transport.serveCurrentState(foreign);
        // Other members of the broker's cluster are nodes of their own: their picture is kept like a router's.
        transport.followCluster(List.of(topics.prefix() + "/+/+", topics.prefix() + "/+/+/+"), this::fromClusterMember);
        transport.subscribe(
                "$objectbus." + topics.node() + ".set",
                topics.setFilters(),
                true,
                new RequestGate(settings, clock, writes));
        DiscoveryResponder discovery = new DiscoveryResponder(topics, registry, transport, errors, nodeInfo::describe);
        transport.subscribe(
                "$objectbus." + topics.node() + ".discover",
                List.of(topics.broadcastDiscover(), topics.nodeDiscover()),
                false,
                new RequestGate(settings, clock, discovery));
        long sweepMillis = settings.sweepInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::sweep, sweepMillis, sweepMillis, TimeUnit.MILLISECONDS);
        publishNodeInfo();
        if (presence != null) {
            transport.forgetRetained(topics.state());
            presence.start();
            long alive = RunMarker.INTERVAL.toMillis();
            scheduler.scheduleWithFixedDelay(presence::alive, alive, alive, TimeUnit.MILLISECONDS);
        }
        LOG.info("Bus node {} online under {}/{}", topics.node(), topics.prefix(), topics.node());
    }

    /**
     * Stops the bus: what it holds back goes out, then the node's offline state; the broker must still run. Adapters
     * should have stopped before, so that nothing they report is lost.
     */
    @Override
    public void close() {
        closed = true;
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        values.flushHeld();
        if (presence != null) {
            presence.stop();
        }
        transport.close();
    }

    public Topics topics() {
        return topics;
    }

    public BusSettings settings() {
        return settings;
    }

    public ErrorReporter errors() {
        return errors;
    }

    /** Adds or replaces an object that no route owns and publishes its descriptor. */
    public void describe(ObjectDescriptor descriptor) {
        describe(descriptor, null);
    }

    /**
     * Adds or replaces an object and publishes its descriptor.
     *
     * @param owner the id of the route that described it, whose end takes the object off the bus; null for none
     */
    public void describe(ObjectDescriptor descriptor, String owner) {
        describe(descriptor, owner, null);
    }

    /**
     * Adds or replaces an object whose writes go to the given writer, and publishes its descriptor.
     *
     * @param owner the id of the route that described it, whose end takes the object off the bus; null for none
     * @param writer the adapter's side of the object's writes; null: the {@link #onWrite} handler that matches it
     */
    public void describe(ObjectDescriptor descriptor, String owner, WriteHandler writer) {
        ObjectState object = registry.register(descriptor, owner, writer);
        transport.publish(object.infoTopic, object.info, 1);
        nodeInfo.changed();
        hub.described(object.descriptor);
    }

    /** Removes an object; subscribers see an empty descriptor. */
    public void remove(String objectId) {
        ObjectState removed = registry.remove(objectId);
        if (removed != null) {
            transport.publish(removed.infoTopic, new byte[0], 1);
            nodeInfo.changed();
            hub.removed(objectId);
        }
    }

    /** Removes the objects the route described; returns how many. */
    public int removeOwnedBy(String owner) {
        List<ObjectState> owned = registry.ownedBy(owner);
        owned.forEach(object -> remove(object.id()));
        return owned.size();
    }

    /** Turns the values of the route's objects stale; returns how many objects were not stale yet. */
    public int markStaleOwnedBy(String owner, String reason) {
        return markStaleOwnedBy(owner, reason, null);
    }

    /** Turns the values of the route's objects but one stale (its connection, say); returns how many were fresh. */
    public int markStaleOwnedBy(String owner, String reason, String exceptObjectId) {
        List<ObjectState> fresh = registry.ownedBy(owner).stream()
                .filter(o -> !o.stale && !o.id().equals(exceptObjectId))
                .toList();
        fresh.forEach(object -> values.markStale(object, reason));
        return fresh.size();
    }

    public boolean knows(String objectId) {
        return registry.get(objectId) != null;
    }

    /**
     * Reports a sample of a resource. Unknown objects or resources and values of the wrong type are rejected on
     * {@code $errors} and in the log, and the method returns false; the adapter goes on.
     */
    public boolean report(String objectId, String resourceId, Sample sample) {
        String source = "adapter " + objectId + "/" + resourceId;
        ObjectState object = registry.get(objectId);
        ResourceState resource = object == null ? null : object.resources.get(resourceId);
        if (resource == null) {
            String what = object == null ? "unknown object " + objectId : "unknown resource " + resourceId;
            errors.report(source, what, null);
            return false;
        }
        try {
            Object value = ValueCoercion.reading(resource.descriptor, sample.value());
            Sample typed = new Sample(value, sample.quality(), sample.reason(), sample.timestamp());
            String outOfRange = ValueCoercion.outOfRange(resource.descriptor, value);
            if (outOfRange != null && sample.quality() == Quality.GOOD) {
                typed = typed.withQuality(Quality.UNCERTAIN, outOfRange);
            }
            values.accept(object, resource, typed);
            return true;
        } catch (IllegalArgumentException e) {
            errors.report(source, e.getMessage(), null);
            return false;
        }
    }

    /** Turns every value of the object stale at once, e.g. when its device stops answering. */
    public void markStale(String objectId, String reason) {
        ObjectState object = registry.get(objectId);
        if (object != null) {
            values.markStale(object, reason);
        }
    }

    /** Publishes an event of an object ({@code .../$event}, QoS 1). */
    public void event(String objectId, Map<String, Object> event) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(event);
        body.putIfAbsent("ts", Json.timestamp(clock.instant()));
        transport.publish(topics.event(objectId), Json.bytes(body), 1);
    }

    /**
     * Receives what is published on the topic filters of the node's broker, in-VM, one message at a time and in order
     * per topic. With a name the subscription is durable: its queues keep what arrives (QoS 1 and 2) while it is
     * closed and across restarts of the node; without one they are removed when it is closed.
     *
     * @param name a subscription name ({@code [A-Za-z0-9_-]}), or null for a subscription that ends when closed
     */
    public BusTransport.Subscription subscribe(String name, List<String> topicFilters, BusTransport.Handler handler) {
        String queues = "$objectbus." + topics.node() + ".subscribe.";
        return name == null
                ? transport.subscribe(queues + "~" + SUBSCRIPTIONS.incrementAndGet(), topicFilters, false, handler)
                : transport.subscribe(queues + Ids.require(name, "subscription"), topicFilters, true, handler);
    }

    /**
     * Sends the commands of an object (the effective value of each writable resource that a priority level holds)
     * to its adapter again, with no writer to answer: for a device that restarted or came back and may have lost
     * them. Returns how many were sent.
     */
    public int recommand(String objectId, String reason) {
        return writes.recommand(objectId, reason);
    }

    /** Sends writes to objects that match to this handler; returns what unregisters it. */
    public Runnable onWrite(Predicate<ObjectDescriptor> objects, WriteHandler handler) {
        return writes.register(objects, handler);
    }

    /**
     * Publishes a message a router brought from another node and, if it belongs to that node's current picture,
     * keeps it for late joiners. A message that claims to be this node's own (its values, descriptors or state) is
     * refused on {@code $errors}: it can only be an echo or a forgery.
     *
     * @param path the nodes the message came through, origin first, comma-separated
     * @return false when it was refused on {@code $errors}
     */
    public boolean forward(BusTransport.Outbound message, String path) {
        String topic = message.topic();
        if (topic.isEmpty() || topic.contains("+") || topic.contains("#")) {
            errors.report("router", "not a topic to publish on: " + topic, message.payload());
            return false;
        }
        if (claimsThisNode(topic)) {
            errors.report("router", "a forwarded message claims to be this node's own: " + topic, message.payload());
            return false;
        }
        if (foreign.refuses(topic, message.payload(), path)) {
            return true; // another node's report that this node does not take: not an error
        }
        boolean current = foreign.accept(topic, message.payload(), path);
        transport.publish(message);
        if (current && hub.watched()) {
            tellView(topic, message.payload());
        }
        return true;
    }

    /** Another cluster member's publication: kept if it is part of that node's picture, and never published again. */
    private void fromClusterMember(String topic, byte[] payload) {
        if (topic == null || !topic.startsWith(topics.prefix() + "/")) {
            return;
        }
        String origin = topic.substring(topics.prefix().length() + 1).split("/", 2)[0];
        if (foreign.accept(topic, payload, origin) && hub.watched()) {
            tellView(topic, payload);
        }
    }

    /** What the node kept of another node's picture, or forgot; a replay older than what it holds is neither. */
    private void tellView(String topic, byte[] payload) {
        if (payload.length == 0 || foreign.held(topic) == payload) {
            hub.forwarded(topic, payload);
        }
    }

    private boolean claimsThisNode(String topic) {
        boolean request = topics.parseSet(topic).isPresent() || topic.equals(topics.nodeDiscover());
        return !request && topic.startsWith(topics.prefix() + "/" + topics.node() + "/");
    }

    /**
     * The node's current picture as late joiners get it, and the other nodes' that routers brought, with the path
     * each foreign message came through (null for this node's own).
     */
    public void forEachCurrent(String topicFilter, ForeignState.Visitor visitor) {
        current.forEachMatching(topicFilter, (topic, payload) -> visitor.accept(topic, payload, null));
        foreign.forEach(topicFilter, visitor);
    }

    /** The bus as code in the node sees it, without an MQTT client: current picture, changes and writes. */
    public BusView view() {
        return view;
    }

    public ForeignState foreignState() {
        return foreign;
    }

    /**
     * Lists a router's or bridge's link in the node descriptor ({@code links}); the status is read each time the
     * descriptor is built. Returns what removes it.
     */
    public Runnable registerLink(String name, Supplier<Map<String, Object>> status) {
        links.put(name, status);
        nodeInfo.changed();
        return () -> {
            links.remove(name);
            nodeInfo.changed();
        };
    }

    /**
     * A router's link to a neighbour went down: the nodes this node reached through it are shown offline, reason
     * {@code link down}, to late joiners and in a publication, until their own {@code $state} comes again or the link
     * returns.
     */
    public void linkDown(String neighbour) {
        if (!closed) {
            foreign.linkDown(neighbour, Json.timestamp(clock.instant())).forEach(this::publishForeignState);
        }
    }

    /** A router's link to a neighbour is up again: the nodes shown offline through it get their own state back. */
    public void linkUp(String neighbour) {
        if (!closed) {
            foreign.linkUp(neighbour).forEach(this::publishForeignState);
        }
    }

    /** With the path it came through, as routers carry it: it crosses on to other nodes, never back. */
    private void publishForeignState(ForeignState.Current state) {
        transport.publish(new BusTransport.Outbound(
                state.topic(), state.payload(), 1, null, null, Map.of(PATH_PROPERTY, state.path()), false));
    }

    private boolean linkedAndUp(String node) {
        return links().stream().anyMatch(link -> node.equals(link.get("node")) && "up".equals(link.get("state")));
    }

    /** A link changed state: the node descriptor goes out again at the next sweep. */
    public void linkChanged() {
        nodeInfo.changed();
    }

    /** The state and counters of the node's links, as the node descriptor lists them. */
    public List<Map<String, Object>> links() {
        return links.values().stream().map(Supplier::get).toList();
    }

    /** Requests that failed through a fault of a node in this JVM rather than of the request; should stay 0. */
    public static long internalErrors() {
        return RequestGate.internalErrors();
    }

    public long lastSequence() {
        return values.lastSequence();
    }

    private void sweep() {
        try {
            values.sweep();
            writes.expire();
            if (nodeInfo.takeChanged()) {
                publishNodeInfo();
            }
        } catch (RuntimeException e) {
            LOG.error("Bus sweep failed; it runs again", e);
        }
    }

    private void publishNodeInfo() {
        transport.publish(topics.nodeInfo(), nodeInfo.payload(), 1);
    }
}
