// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker.security;

import io.objectbus.broker.TopicNames;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.activemq.artemis.api.core.ActiveMQBuffer;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.ActiveMQSecurityException;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.persistence.OperationContext;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnection;
import org.apache.activemq.artemis.core.server.ServerSession;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerConnectionPlugin;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerMessagePlugin;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerSessionPlugin;
import org.apache.activemq.artemis.core.transaction.Transaction;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.activemq.artemis.spi.core.protocol.SessionCallback;

/**
 * Checks what clients send before the broker routes it: topic bounds, the publication rate of a connection, the
 * priority grant of a write, and the number of connections of an identity. The bus inside the JVM is never checked.
 */
public final class InputGuard
        implements ActiveMQServerMessagePlugin, ActiveMQServerSessionPlugin, ActiveMQServerConnectionPlugin {

    private final AccessPolicy policy;
    private final InputLimits limits;
    private final Denials denials;
    private final InflightGuard inflight;
    private final Map<Object, PublishRate> rates = new ConcurrentHashMap<>();
    private final Map<String, Set<Object>> connectionsByIdentity = new ConcurrentHashMap<>();

    /** @param policy the identities and their grants, or null when the broker lets every client in */
    public InputGuard(AccessPolicy policy, InputLimits limits, Denials denials, InflightGuard inflight) {
        this.policy = policy;
        this.limits = limits;
        this.denials = denials;
        this.inflight = inflight;
    }

    @Override
    public void beforeSend(ServerSession session, Transaction tx, Message message, boolean direct, boolean noAutoCreate)
            throws ActiveMQException {
        RemotingConnection connection = session.getRemotingConnection();
        if (isInternal(connection)) {
            return;
        }
        // The core address has the topic's length and one '.' per '/': no conversion on the path of every value.
        String address = message.getAddress();
        String user = session.getValidatedUser();
        String tooLarge = limits.refusesTopic(address, '.');
        if (tooLarge != null) {
            refuseIf(Denials.Kind.limit, user, connection, TopicNames.toMqttTopic(address), tooLarge);
        }
        if (limits.maxPublishesPerSecond() > 0
                && !rates.computeIfAbsent(
                                connection.getID(),
                                id -> new PublishRate(limits.maxPublishesPerSecond(), System.nanoTime()))
                        .take(System.nanoTime())) {
            refuseIf(
                    Denials.Kind.limit,
                    user,
                    connection,
                    TopicNames.toMqttTopic(address),
                    "more than " + limits.maxPublishesPerSecond() + " publications a second");
        }
        if (policy != null && address.endsWith(".$set")) {
            Identity identity = policy.identity(user);
            String topic = TopicNames.toMqttTopic(address);
            if (identity != null) {
                refuseIf(
                        Denials.Kind.write,
                        user,
                        connection,
                        topic,
                        policy.refusesWrite(identity, topic, body(message)));
            }
        }
    }

    @Override
    public void beforeCreateSession(
            String name,
            String username,
            int minLargeMessageSize,
            RemotingConnection connection,
            boolean autoCommitSends,
            boolean autoCommitAcks,
            boolean preAcknowledge,
            boolean xa,
            String defaultAddress,
            SessionCallback callback,
            boolean autoCreateQueues,
            OperationContext context,
            Map<SimpleString, RoutingType> prefixes)
            throws ActiveMQException {
        if (username == null || isInternal(connection) || limits.maxConnectionsPerIdentity() == 0) {
            return;
        }
        Set<Object> open = connectionsByIdentity.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet());
        synchronized (open) {
            if (!open.contains(connection.getID()) && open.size() >= limits.maxConnectionsPerIdentity()) {
                refuseIf(
                        Denials.Kind.connect,
                        username,
                        connection,
                        "a connection",
                        "already " + open.size() + " connections open, at most " + limits.maxConnectionsPerIdentity());
            }
            open.add(connection.getID());
        }
    }

    @Override
    public void afterDestroyConnection(RemotingConnection connection) {
        rates.remove(connection.getID());
        inflight.closed(connection);
        connectionsByIdentity.values().forEach(open -> open.remove(connection.getID()));
    }

    private void refuseIf(Denials.Kind kind, String user, RemotingConnection connection, String what, String reason)
            throws ActiveMQSecurityException {
        if (reason != null) {
            denials.deny(kind, user, connection.getRemoteAddress(), what, reason);
            throw new ActiveMQSecurityException(reason);
        }
    }

    private static byte[] body(Message message) {
        ActiveMQBuffer body = message.toCore().getReadOnlyBodyBuffer();
        byte[] bytes = new byte[body.readableBytes()];
        body.readBytes(bytes);
        return bytes;
    }

    private static boolean isInternal(RemotingConnection connection) {
        return connection == null || connection.getTransportConnection() instanceof InVMConnection;
    }
}
