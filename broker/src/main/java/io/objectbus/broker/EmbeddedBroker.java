// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import io.objectbus.broker.security.AccessPolicy;
import io.objectbus.broker.security.Denials;
import io.objectbus.broker.security.Identity;
import io.objectbus.broker.security.IdentityFile;
import io.objectbus.broker.security.InflightGuard;
import io.objectbus.broker.security.InputGuard;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.activemq.artemis.api.core.ICoreMessage;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.persistence.OperationContext;
import org.apache.activemq.artemis.core.persistence.impl.journal.OperationContextImpl;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's embedded Artemis broker: MQTT 3.1.1 and 5 on TCP and WebSocket, an in-VM acceptor for the bus, and the
 * journal in the data folder.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
    private static final String AUDIT_LOGGER = "org.apache.activemq.audit.message";
    private static final long STOP_STORAGE_WAIT_MILLIS = 10_000;

    /** In-VM acceptor ids are global to the JVM: each broker takes its own, so brokers never meet by accident. */
    private static final AtomicInteger IN_VM_IDS = new AtomicInteger(1000);

    private final BrokerSettings settings;
    private final BrokerSecurity security;
    private final Denials denials = new Denials();
    private final InflightGuard inflight;
    private final int inVmId;
    private final ActiveMQServer server;
    private final ExecutorService stateExecutor;
    private final CurrentStateDelivery stateDelivery;
    private ThreadLocal<OperationContext> operationContexts;
    private final List<OperationContext> publishingContexts = new CopyOnWriteArrayList<>();
    private ServerLocator locator;
    private ClientSessionFactory sessionFactory;
    private UnreadTapReaper taps;
    private final ClusterPicture cluster;
    private final ClusterReplies clusterReplies;
    private final AccessPolicy policy;

    public EmbeddedBroker(BrokerSettings settings) {
        this(settings, BrokerSecurity.none());
    }

    /** A broker with a TLS listener and authenticated users; {@link BrokerSecurity#none()} lets everyone in. */
    public EmbeddedBroker(BrokerSettings settings, BrokerSecurity security) {
        this(settings, security, ClusterSettings.none());
    }

    /** A broker that is a member of a cluster, when the cluster settings ask for one. */
    public EmbeddedBroker(BrokerSettings settings, BrokerSecurity security, ClusterSettings clusterSettings) {
        this.settings = settings;
        this.security = security;
        this.inVmId = settings.inVmId() > 0 ? settings.inVmId() : IN_VM_IDS.incrementAndGet();
        Configuration configuration = BrokerConfiguration.of(settings, security, clusterSettings, inVmId);
        AccessPolicy policy = security.enabled() ? accessPolicy(security) : null;
        this.policy = policy;
        this.inflight = new InflightGuard(security.access().limits().maxInflight(), denials);
        configuration.registerBrokerPlugin(
                new InputGuard(policy, security.access().limits(), denials, inflight));
        this.server = new NodeBrokerServer(
                configuration,
                policy != null
                        ? new NodeSecurityManager(security, policy, denials)
                        : new ActiveMQJAASSecurityManager(
                                InVMLoginModule.class.getName(), new SecurityConfiguration()));
        this.stateExecutor = Executors.newSingleThreadExecutor(r -> new Thread(r, "objectbus-state-delivery"));
        this.stateDelivery = new CurrentStateDelivery(this, stateExecutor);
        this.cluster = clusterSettings.enabled() ? new ClusterPicture(this, stateDelivery, stateExecutor) : null;
        this.clusterReplies = clusterSettings.enabled() ? new ClusterReplies(this) : null;
        if (cluster != null) {
            configuration.registerBrokerPlugin(cluster);
            configuration.registerBrokerPlugin(clusterReplies);
        }
    }

    /** Whether this broker is a member of a cluster. */
    public boolean clustered() {
        return cluster != null;
    }

    /**
     * Hands the reader, as topic and payload, what the other members of the cluster publish on the topic filters
     * from now on, and their current picture when they meet this member; close the result to stop.
     */
    public AutoCloseable followCluster(List<String> topicFilters, BiConsumer<String, byte[]> reader) throws Exception {
        return followCluster(topicFilters, (member, topic, payload) -> reader.accept(topic, payload));
    }

    /**
     * Hands the follower what the other members of the cluster publish on the topic filters from now on, with the
     * member each came from, their current picture when they meet this member, and the members the cluster loses; close
     * the result to stop.
     */
    public AutoCloseable followCluster(List<String> topicFilters, ClusterFollower follower) throws Exception {
        if (cluster == null) {
            throw new IllegalStateException("the broker is not a member of a cluster");
        }
        AutoCloseable following = cluster.follow(topicFilters, follower);
        clusterReplies.noticesTo(follower);
        return () -> {
            clusterReplies.noticesTo(null);
            following.close();
        };
    }

    /**
     * Tells the bus of another member that a topic of its node is gone from this member's picture: the follower that
     * member's bus gave {@link #followCluster} gets it with an empty payload.
     */
    public void noticeToClusterMember(String member, String topic) throws Exception {
        if (clusterReplies == null) {
            throw new IllegalStateException("the broker is not a member of a cluster");
        }
        clusterReplies.notice(member, topic);
    }

    private static AccessPolicy accessPolicy(BrokerSecurity security) {
        Map<String, Identity> inline = new LinkedHashMap<>();
        security.users().forEach((user, password) -> inline.put(user, Identity.admin(user, password)));
        Path file = security.access().identitiesFile();
        return new AccessPolicy(
                inline,
                file == null ? null : new IdentityFile(file),
                security.access().prefix());
    }

    /**
     * Who may do what on the bus, as the broker judges its clients; null when security is off (everyone may). The node's
     * HTTP server judges its logins and writes by it.
     */
    public AccessPolicy accessPolicy() {
        return policy;
    }

    /** What the broker refused, by kind: connects, publications, subscriptions, writes, limits. */
    public Denials denials() {
        return denials;
    }

    /**
     * Starts the broker; does nothing when it runs already, so that whoever needs it first may start it. A listener
     * of the settings that cannot be opened fails the start ({@link ListenerNotStartedException}) and leaves the broker
     * stopped. A backup of a live/backup pair returns only once it has taken over from its primary (its listeners
     * open then), or fails when it is stopped before.
     */
    public void start() throws Exception {
        BackupWait activation = startServer();
        if (activation == null) {
            return;
        }
        try {
            activation.awaitActive();
        } catch (BackupWait.ActivationFailedException e) {
            server.stop();
            // The usual cause: another process took a listener's port between the check and the bind.
            new ListenerCheck(settings, security).portsFree();
            throw e;
        }
        openBus();
    }

    /** Starts the Artemis server; null when the broker runs already. */
    private synchronized BackupWait startServer() throws Exception {
        if (sessionFactory != null || server.isStarted()) {
            return null;
        }
        warnIfAuditLogging();
        new ListenerCheck(settings, security).portsFree();
        BackupWait activation = new BackupWait(server);
        server.start();
        return activation;
    }

    /** Once the server is active (a backup's on failover): its listeners checked, the bus's in-VM session opened. */
    private synchronized void openBus() throws Exception {
        try {
            new ListenerCheck(settings, security).listenersStarted(server);
        } catch (ListenerNotStartedException e) {
            server.stop();
            throw e;
        }
        operationContexts = ThreadLocal.withInitial(() -> {
            OperationContext context = server.getStorageManager()
                    .newContext(server.getExecutorFactory().getExecutor());
            publishingContexts.add(context);
            return context;
        });
        server.getRemotingService().addIncomingInterceptor(stateDelivery);
        server.getRemotingService().addOutgoingInterceptor(stateDelivery);
        server.getRemotingService().addIncomingInterceptor(inflight.incoming());
        server.getRemotingService().addOutgoingInterceptor(inflight.outgoing());
        locator = ActiveMQClient.createServerLocator("vm://" + inVmId);
        sessionFactory = locator.createSessionFactory();
        taps = new UnreadTapReaper(server, System::currentTimeMillis);
        taps.start();
        if (clusterReplies != null) {
            clusterReplies.open();
            ClusterVotes.answer(server);
        }
        LOG.info(
                "MQTT broker listening on {}{}",
                settings.mqttUrl(),
                settings.webSocketPort() > 0 ? " and " + settings.webSocketUrl() : "");
        if (security.tlsPort() > 0) {
            LOG.info(
                    "MQTT over TLS on {} and {} ({}; users {}{})",
                    tlsUrl(),
                    secureWebSocketUrl(),
                    security.clientAuthRequired() ? "client certificates required" : "no client certificates",
                    security.users().keySet(),
                    security.access().identitiesFile() == null
                            ? ""
                            : ", identities in " + security.access().identitiesFile());
        }
    }

    /**
     * Stops the broker; its clients see their connections drop. Their sessions end before the storage stops (a will is
     * sent, a persistent session keeps what it has not acknowledged).
     */
    public synchronized void stop() throws Exception {
        awaitPublicationsStored();
        if (taps != null) {
            taps.stop();
        }
        if (clusterReplies != null) {
            clusterReplies.close();
        }
        if (sessionFactory != null) {
            sessionFactory.close();
            locator.close();
            sessionFactory = null;
        }
        MqttConnectionsClose.beforeStorageStops(server);
        server.stop();
        stateExecutor.shutdownNow();
    }

    /**
     * What the bus published is stored (journal or page files) in the background; a clean stop waits for it, or
     * the last publications before the stop would be lost to persistent sessions.
     */
    private void awaitPublicationsStored() {
        for (OperationContext context : publishingContexts) {
            try {
                if (!context.waitCompletion(STOP_STORAGE_WAIT_MILLIS)) {
                    LOG.warn("Publications not stored within {} ms of the stop", STOP_STORAGE_WAIT_MILLIS);
                }
            } catch (Exception e) {
                LOG.warn("Could not wait for publications to be stored: {}", e.toString());
            }
        }
        publishingContexts.clear();
    }

    @Override
    public void close() throws Exception {
        stop();
    }

    public BrokerSettings settings() {
        return settings;
    }

    public BrokerSecurity security() {
        return security;
    }

    /** The TLS listener's URL for MQTT clients, e.g. {@code ssl://127.0.0.1:8883}; null without one. */
    public String tlsUrl() {
        return security.tlsPort() > 0 ? "ssl://" + settings.host() + ":" + security.tlsPort() : null;
    }

    /** MQTT over secure WebSocket, on the TLS listener's port. */
    public String secureWebSocketUrl() {
        return security.tlsPort() > 0 ? "wss://" + settings.host() + ":" + security.tlsPort() + "/mqtt" : null;
    }

    public ActiveMQServer server() {
        return server;
    }

    public boolean isStarted() {
        return server.isStarted();
    }

    /** A factory for in-VM core sessions, for consumers inside the node. */
    public ClientSessionFactory sessionFactory() {
        return sessionFactory;
    }

    /**
     * Hands every message of the queue to the reader, on the queue's delivery thread inside the broker, and
     * acknowledges it when the reader returns; close the result to stop.
     */
    public AutoCloseable read(String queueName, Consumer<ICoreMessage> reader) throws Exception {
        Queue queue = server.locateQueue(queueName);
        if (queue == null) {
            throw new IllegalArgumentException("no queue " + queueName);
        }
        QueueReader queueReader =
                new QueueReader(queue, reader, server.getStorageManager().generateID());
        queueReader.open();
        return queueReader;
    }

    /** New MQTT subscriptions receive the current messages of this source as retained messages. */
    public void addCurrentStateSource(CurrentStateSource source) {
        stateDelivery.addSource(source);
    }

    public void removeCurrentStateSource(CurrentStateSource source) {
        stateDelivery.removeSource(source);
    }

    /**
     * Bounds a link's store address: paged to disk past a little memory, at most {@code maxBytes} on disk, and a
     * publication beyond that fails (ActiveMQAddressFullException) so that the router counts what it drops.
     */
    public void boundLinkAddress(String coreAddress, long maxBytes) {
        server.getAddressSettingsRepository().addMatch(coreAddress, BrokerConfiguration.linkAddressSettings(maxBytes));
    }

    /** Publishes to MQTT subscribers without a network hop; the message goes to every matching subscription. */
    public void publish(String topic, byte[] payload, int qos) throws Exception {
        publish(Messages.mqtt(server.getStorageManager().generateID(), topic, payload, qos));
    }

    /** Publishes a message built with {@link Messages}, for callers that add MQTT 5 properties. */
    public void publish(org.apache.activemq.artemis.api.core.Message message) throws Exception {
        bindOperationContext();
        if (cluster != null) {
            cluster.stamp(message);
        }
        // A caller's thread that was interrupted (an adapter being stopped) would make the paging store's lock fail
        // half-taken inside Artemis; the interrupt is kept for the caller, after the message is routed.
        boolean interrupted = Thread.interrupted();
        try {
            server.getPostOffice().route(message, false);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Publishes the answer to a request that entered the cluster by the member {@code askedAt} ({@link
     * Messages#ASKED_AT}; null when unknown): through that member when it is another one, so that it reaches a reply
     * subscription this member has not learnt of yet. Answers are not kept in the journal: a persistent message reaches
     * its subscribers only once its store completes, and two stores completing on two threads may do so in either
     * order, so an adapter's {@code done} overtook the {@code accepted} sent before it by the thread that took the
     * request. Not stored, an answer is in its subscribers' queues when this returns; it is still sent at its QoS.
     */
    public void reply(org.apache.activemq.artemis.api.core.Message answer, String askedAt) throws Exception {
        answer.setDurable(false);
        if (clusterReplies != null) {
            clusterReplies.addressTo(answer, askedAt);
        }
        publish(answer);
    }

    /**
     * Artemis keeps the journal's operation context per thread. A thread that once published into another broker of
     * this JVM (tests run several) would otherwise complete this broker's writes on that broker's dead executor.
     */
    void bindOperationContext() {
        OperationContext context = operationContexts.get();
        if (OperationContextImpl.getContext() != context) {
            OperationContextImpl.setContext(context);
        }
    }

    public long nextMessageId() {
        return server.getStorageManager().generateID();
    }

    private static void warnIfAuditLogging() {
        if (LoggerFactory.getLogger(AUDIT_LOGGER).isInfoEnabled()) {
            LOG.warn(
                    "Logger {} is on: every message will be logged. Switch the org.apache.activemq.audit loggers off.",
                    AUDIT_LOGGER);
        }
    }
}
