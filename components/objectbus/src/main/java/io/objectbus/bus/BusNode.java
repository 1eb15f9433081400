// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.model.Ids;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.Sample;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One node's bus: the registry of its objects, change of value, writes, discovery, errors and liveness, over a
 * {@link BusTransport}. Adapters reach it through the {@code objectbus} Camel component.
 */
public final class BusNode implements AutoCloseable {

    /** Numbers the unnamed subscriptions of the JVM, whose queues must not meet. */
    private static final AtomicLong SUBSCRIPTIONS = new AtomicLong();

    private final BusAssembly bus;
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
        this.bus = new BusAssembly(settings, transport, presence, dataFolder, clock);
    }

    public void start() throws Exception {
        bus.runtime.start();
        // Other members of the broker's cluster are nodes of their own: their picture is kept like a router's.
        bus.transport.followCluster(
                List.of(bus.topics.prefix() + "/+/+", bus.topics.prefix() + "/+/+/+"),
                new ClusterMembers(bus.topics, bus.forwarded, bus.foreign, bus.transport, bus.previousRun));
        // Replies to the view's writes to other nodes' objects come back through the routers.
        bus.viewWrites.listen(bus.transport);
        bus.viewCommands.listen(bus.transport);
    }

    /**
     * The node has started its routes: objects of its previous run that cluster members still showed and that this
     * run has not described are removed (an empty descriptor), so that live subscribers see them go.
     */
    public void routesStarted() {
        bus.previousRun.started();
    }

    /**
     * Stops the bus: what it holds back goes out, then the node's offline state; the broker must still run. Adapters
     * should have stopped before, so that nothing they report is lost.
     */
    @Override
    public void close() {
        closed = true;
        bus.runtime.close();
    }

    public Topics topics() {
        return bus.topics;
    }

    public BusSettings settings() {
        return bus.settings;
    }

    public ErrorReporter errors() {
        return bus.errors;
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
        describe(descriptor, owner, writer, null);
    }

    /**
     * Adds or replaces an object whose writes and commands ({@code $cmd}) go to the given handlers, and publishes its
     * descriptor.
     *
     * @param commander the adapter's side of the commands the descriptor lists; null: the object runs none
     */
    public void describe(ObjectDescriptor descriptor, String owner, WriteHandler writer, CommandHandler commander) {
        bus.objects.describe(descriptor, owner, writer, commander);
    }

    /** Removes an object; subscribers see an empty descriptor. */
    public void remove(String objectId) {
        bus.objects.remove(objectId);
    }

    /** Removes the objects the route described; returns how many. */
    public int removeOwnedBy(String owner) {
        return bus.objects.removeOwnedBy(owner);
    }

    /** Turns the values of the route's objects stale; returns how many objects were not stale yet. */
    public int markStaleOwnedBy(String owner, String reason) {
        return markStaleOwnedBy(owner, reason, null);
    }

    /** Turns the values of the route's objects but one stale (its connection, say); returns how many were fresh. */
    public int markStaleOwnedBy(String owner, String reason, String exceptObjectId) {
        return bus.objects.markStaleOwnedBy(owner, reason, exceptObjectId);
    }

    /**
     * When an object of the route that described this one, other than this one, last reported a sample: an adapter's
     * "last seen" beside its connection object. Empty when none has yet, or the object belongs to no route.
     */
    public java.util.Optional<java.time.Instant> lastSeenBeside(String objectId) {
        return bus.objects.lastSeenBeside(objectId);
    }

    public boolean knows(String objectId) {
        return bus.objects.knows(objectId);
    }

    /**
     * Reports a sample of a resource. Unknown objects or resources and values of the wrong type are rejected on
     * {@code $errors} and in the log, and the method returns false; the adapter goes on.
     */
    public boolean report(String objectId, String resourceId, Sample sample) {
        return bus.objects.report(objectId, resourceId, sample);
    }

    /** Turns every value of the object stale at once, e.g. when its device stops answering. */
    public void markStale(String objectId, String reason) {
        bus.objects.markStale(objectId, reason);
    }

    /** Publishes an event of an object ({@code .../$event}, QoS 1). */
    public void event(String objectId, Map<String, Object> event) {
        bus.objects.event(objectId, event);
    }

    /**
     * Receives what is published on the topic filters of the node's broker, in-VM, one message at a time and in order
     * per topic. With a name the subscription is durable: its queues keep what arrives (QoS 1 and 2) while it is
     * closed and across restarts of the node; without one they are removed when it is closed.
     *
     * @param name a subscription name ({@code [A-Za-z0-9_-]}), or null for a subscription that ends when closed
     */
    public BusTransport.Subscription subscribe(String name, List<String> topicFilters, BusTransport.Handler handler) {
        String queues = "$objectbus." + bus.topics.node() + ".subscribe.";
        return name == null
                ? bus.transport.subscribe(queues + "~" + SUBSCRIPTIONS.incrementAndGet(), topicFilters, false, handler)
                : bus.transport.subscribe(queues + Ids.require(name, "subscription"), topicFilters, true, handler);
    }

    /**
     * Sends the commands of an object (the effective value of each writable resource that a priority level holds)
     * to its adapter again, with no writer to answer: for a device that restarted or came back and may have lost
     * them. Returns how many were sent.
     */
    public int recommand(String objectId, String reason) {
        return bus.writes.recommand(objectId, reason);
    }

    /** Sends writes to objects that match to this handler; returns what unregisters it. */
    public Runnable onWrite(Predicate<ObjectDescriptor> objects, WriteHandler handler) {
        return bus.writes.register(objects, handler);
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
        return bus.forwarded.forward(message, path);
    }

    /**
     * The node's current picture as late joiners get it, and the other nodes' that routers brought, with the path
     * each foreign message came through (null for this node's own).
     */
    public void forEachCurrent(String topicFilter, ForeignState.Visitor visitor) {
        bus.current.forEachMatching(topicFilter, (topic, payload) -> visitor.accept(topic, payload, null));
        bus.foreign.forEach(topicFilter, visitor);
    }

    /** The bus as code in the node sees it, without an MQTT client: current picture, changes and writes. */
    public BusView view() {
        return bus.view;
    }

    /** What the bus has done since it started: values in and out, suppressed changes, write replies, errors. */
    public BusCounters counters() {
        return bus.counters;
    }

    public ForeignState foreignState() {
        return bus.foreign;
    }

    /**
     * Lists a router's or bridge's link in the node descriptor ({@code links}); the status is read each time the
     * descriptor is built. Returns what removes it.
     */
    public Runnable registerLink(String name, Supplier<Map<String, Object>> status) {
        return bus.links.register(name, status);
    }

    /**
     * A router's link to a neighbour went down: the nodes this node reached through it are shown offline, reason
     * {@code link down}, to late joiners and in a publication, until their own {@code $state} comes again or the link
     * returns.
     */
    public void linkDown(String neighbour) {
        if (!closed) {
            bus.forwarded.linkDown(neighbour);
        }
    }

    /** A router's link to a neighbour is up again: the nodes shown offline through it get their own state back. */
    public void linkUp(String neighbour) {
        if (!closed) {
            bus.forwarded.linkUp(neighbour);
        }
    }

    /** A link changed state: the node descriptor goes out again at the next sweep. */
    public void linkChanged() {
        bus.linkChanged();
    }

    /** The state and counters of the node's links, as the node descriptor lists them. */
    public List<Map<String, Object>> links() {
        return bus.links.list();
    }

    /** Requests that failed through a fault of a node in this JVM rather than of the request; should stay 0. */
    public static long internalErrors() {
        return RequestGate.internalErrors();
    }

    public long lastSequence() {
        return bus.values.lastSequence();
    }
}
