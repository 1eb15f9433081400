// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

import io.objectbus.broker.EmbeddedBroker;
import io.objectbus.bus.BusNode;
import io.objectbus.bus.Json;
import io.objectbus.link.internal.LinkStatus.State;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One link of this node: its outbox (live and stored traffic), its connection to the far broker and, for a router,
 * its inbox and the handshake that says the far router is there. The link is up once connected and, for a router,
 * once the far node said it reads this node's inbox.
 */
public final class Link implements RemoteConnection.Listener, Outbox.Sender {

    private static final Logger LOG = LoggerFactory.getLogger(Link.class);
    private static final long READY_WARNING_SECONDS = 10;

    private final LinkSpec spec;
    private final BusNode bus;
    private final String localNode;
    private final String remoteNode;
    private final LinkStatus status;
    private final Selection selection;
    private final Mapping mapping;
    private final ScheduledExecutorService scheduler;
    private final RemoteConnection connection;
    private final Outbox outbox;
    private final Inbox inbox;
    private final CurrentPicture picture;
    private final Publisher publisher;
    private volatile boolean up;
    private volatile String lastFailure;
    private Runnable unregister;

    public Link(LinkSpec spec, BusNode bus, EmbeddedBroker broker, SeenIds seen, Consumer<LinkMessage> delivery) {
        this.spec = spec;
        this.bus = bus;
        this.localNode = spec.rules().localNode();
        this.remoteNode = spec.rules().remoteNode();
        this.status = new LinkStatus(spec.name(), remoteNode, spec.connection().url(), Clock.systemUTC());
        this.picture = new CurrentPicture(bus, spec.rules().prefix());
        this.selection = new Selection(spec.rules(), picture::payloadOf);
        RequestTable requests = new RequestTable(spec.replyTimeout(), Clock.systemUTC());
        this.mapping =
                spec.router() ? new RouterMapping(spec.rules().prefix(), localNode, requests) : spec.bridgeMapping();
        this.scheduler =
                Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "objectbus-link-" + spec.name()));
        this.connection = new RemoteConnection(spec.connection(), this, scheduler);
        this.publisher = new Publisher(spec.name(), mapping, connection, status);
        this.outbox = new Outbox(
                broker, spec.name(), selection, this, picture::payloadOf, status, spec.maxStoreBytes(), spec.window());
        this.inbox = spec.router()
                ? new Inbox(
                        broker,
                        localNode,
                        remoteNode,
                        spec.name(),
                        new InboxHandler(
                                spec.rules().prefix(),
                                localNode,
                                seen,
                                requests,
                                status,
                                this::askForPicture,
                                this::sendPicture,
                                delivery)::accept)
                : null;
    }

    public void start() throws Exception {
        status.queuedBy(outbox::stored);
        outbox.afterOverflow(this::sendPicture);
        outbox.start();
        if (inbox != null) {
            inbox.start();
            askForPicture(); // this node keeps no picture of the far node across a restart
        }
        unregister = bus.registerLink(spec.name(), status::describe);
        change(State.connecting, null);
        connection.start();
        LOG.info(
                "Link {} to {} started ({})",
                spec.name(),
                remoteNode == null ? "the cloud" : remoteNode,
                spec.connection().url());
    }

    public LinkStatus status() {
        return status;
    }

    @Override
    public boolean isUp() {
        return up;
    }

    @Override
    public void connected() {
        if (lastFailure != null) {
            LOG.info(
                    "Link {} connected to {} again",
                    spec.name(),
                    spec.connection().url());
            lastFailure = null;
        }
        if (inbox == null) {
            markUp();
            return;
        }
        change(State.waiting, null);
        connection.subscribe(Envelope.ready(localNode));
        scheduler.schedule(this::warnIfWaiting, READY_WARNING_SECONDS, TimeUnit.SECONDS);
    }

    private void warnIfWaiting() {
        if (status.state() == State.waiting) {
            LOG.warn(
                    "Link {}: connected to {}, but no router there reads this node's messages yet: configure a router"
                            + " to node {} on node {}; waiting",
                    spec.name(),
                    spec.connection().url(),
                    localNode,
                    remoteNode);
        }
    }

    @Override
    public void message(String topic, MqttMessage message) {
        if (!topic.equals(Envelope.ready(localNode))) {
            return;
        }
        String node = readyNode(message.getPayload());
        if (remoteNode.equals(node)) {
            if (!up) {
                markUp(); // the far router may say it twice: as current state, and live when it starts
            }
        } else {
            fail("the broker at " + spec.connection().url() + " is node " + node + "'s, not " + remoteNode + "'s");
        }
    }

    private static String readyNode(byte[] payload) {
        try {
            return Json.parse(payload).path("node").asText(null);
        } catch (Exception e) {
            return null;
        }
    }

    private void markUp() {
        // Each connection numbers its two streams afresh, so that the far side can put them back in order.
        publisher.newConnection();
        if (inbox == null) {
            announce();
        }
        up = true;
        change(State.up, null);
        LOG.info("Link {} is up", spec.name());
        outbox.linkChanged();
    }

    /**
     * A cloud broker learns nothing of the site while the bridge is away: at each connection the bridge tells it which
     * nodes and objects there are (Sparkplug: NBIRTH and DBIRTH), before anything else of this connection.
     */
    private void announce() {
        picture.forEachCrossing(
                selection,
                kind -> kind == TopicKind.Kind.NODE_STATE || kind == TopicKind.Kind.OBJECT_INFO,
                m -> mapping.map(m).forEach(p -> connection.publish(p.topic(), p.message())));
    }

    @Override
    public void lost(String reason) {
        up = false;
        change(State.down, reason);
        outbox.linkChanged();
        LOG.warn(
                "Link {} to {} lost: {}; what is bound for it is stored until it returns",
                spec.name(),
                spec.connection().url(),
                reason);
    }

    @Override
    public void failed(String reason) {
        up = up && connection.isConnected();
        fail(reason);
    }

    private void fail(String reason) {
        boolean refused = reason.startsWith("refused") || reason.startsWith("TLS") || reason.contains("is node");
        change(refused ? State.refused : up ? State.up : State.down, reason);
        if (!reason.equals(lastFailure)) {
            LOG.error("Link {} to {}: {}", spec.name(), spec.connection().url(), reason);
            lastFailure = reason;
        } else {
            LOG.debug("Link {} to {}: {}", spec.name(), spec.connection().url(), reason);
        }
    }

    /** A router whose link leaves up shows the nodes behind it unreachable, and reachable when it is up again. */
    private void change(State state, String reason) {
        State before = status.state();
        if (status.state(state, reason)) {
            bus.linkChanged();
            if (remoteNode != null && state == State.up) {
                bus.linkUp(remoteNode);
            } else if (remoteNode != null && before == State.up) {
                bus.linkDown(remoteNode);
            }
        }
    }

    @Override
    public CompletableFuture<Void> send(LinkMessage message, boolean stored) {
        return publisher.send(message, stored);
    }

    /** Asks the far node for its current picture, through the store, so that it goes once the link is up. */
    private void askForPicture() {
        outbox.storeNow(LinkMessage.of(Envelope.RESYNC, new byte[0], null, false));
    }

    /** The far node asked: this node's current picture, and what it holds of others, goes to it in order. */
    private void sendPicture() {
        picture.forEachCrossing(selection, kind -> true, outbox::storeNow);
    }

    /**
     * The first step of the node's stop: nothing more comes in from the far node (what it sends waits in the durable
     * inbox), while what this node still publishes goes on out until {@link #sendBefore}.
     */
    public void stopReceiving() throws InterruptedException {
        if (inbox != null) {
            inbox.stop();
        }
    }

    /**
     * The last steps of the node's stop, once the bus has published all it will: what waits in the tap goes out, and
     * what the far side has not taken by the deadline goes into the store on disk ({@link #storeTheRest}). Without
     * it, values published at QoS 0 in the last moments (not durable in the tap) would die with the broker.
     *
     * @param deadline as {@link System#currentTimeMillis()}, shared by the links of the node, which drain side by side
     * @return whether all was sent in time
     */
    public boolean sendBefore(long deadline) throws InterruptedException {
        stopReceiving();
        return outbox.awaitTapEmpty(deadline);
    }

    /** What the far side did not take in time, and what is in flight, goes into the store. */
    public void storeTheRest() {
        up = false;
        connection.stop();
        outbox.linkChanged();
    }

    /** Waits until the tap is empty, or the deadline; says what could not be stored. */
    public void awaitStored(long deadline) throws InterruptedException {
        if (!outbox.awaitTapEmpty(deadline)) {
            LOG.warn("Link {}: {} messages were neither sent nor stored at the stop", spec.name(), outbox.inTap());
        }
    }

    public void stop() throws InterruptedException {
        up = false;
        change(State.stopped, null);
        stopReceiving();
        outbox.stop();
        connection.stop();
        scheduler.shutdownNow();
        if (unregister != null) {
            unregister.run();
        }
    }
}
