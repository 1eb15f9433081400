// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import io.objectbus.broker.security.AccessPolicy;
import io.objectbus.broker.security.Denials;
import io.objectbus.broker.security.Identity;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.util.Set;
import javax.security.auth.Subject;
import org.apache.activemq.artemis.core.protocol.mqtt.MQTTUtil;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnection;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager5;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;
import org.apache.activemq.artemis.utils.CertificateUtil;

/**
 * Authenticates the broker's clients by listener: the bus inside the JVM always, anonymous clients on the plain
 * listener only from loopback (when allowed), everyone else by user name and password or, on the TLS listener, by a
 * client certificate mapped to an identity. Each acceptor names its listener through its security domain. What an
 * identity may publish and subscribe follows its role on the object tree ({@link AccessPolicy}); the bus and anonymous
 * clients on loopback are trusted.
 */
final class NodeSecurityManager implements ActiveMQSecurityManager5 {

    static final String PLAIN = "objectbus-plain";
    static final String TLS = "objectbus-tls";

    private static final String INTERNAL = "objectbus-internal";
    private static final String ANONYMOUS = "anonymous";

    private final BrokerSecurity security;
    private final AccessPolicy policy;
    private final Denials denials;

    NodeSecurityManager(BrokerSecurity security, AccessPolicy policy, Denials denials) {
        this.security = security;
        this.policy = policy;
        this.denials = denials;
    }

    @Override
    public Subject authenticate(String user, String password, RemotingConnection connection, String domain) {
        if (domain == null) {
            return isInVm(connection) ? subject(INTERNAL) : refuse(user, connection, "unknown listener");
        }
        if (user == null || user.isEmpty()) {
            if (PLAIN.equals(domain) && security.anonymousOnLoopback() && fromLoopback(connection)) {
                return subject(ANONYMOUS);
            }
            Identity byCertificate = TLS.equals(domain) ? policy.byCertificate(certificateSubject(connection)) : null;
            if (byCertificate != null) {
                return subject(byCertificate.name());
            }
            return refuse(user, connection, "no user name given; this listener needs a user and password");
        }
        if (policy.authenticate(user, password) == null) {
            return refuse(user, connection, "unknown user or wrong password");
        }
        return subject(user);
    }

    @Override
    public boolean authorize(Subject subject, Set<Role> roles, CheckType checkType, String address) {
        String name = nameOf(subject);
        if (name == null) {
            return false;
        }
        if (INTERNAL.equals(name) || ANONYMOUS.equals(name)) {
            return true;
        }
        Identity identity = policy.identity(name);
        String topic = topicOf(address);
        if (identity == null) {
            denials.deny(Denials.Kind.publish, name, "?", topic, "the identity was revoked");
            return false;
        }
        boolean allowed =
                switch (checkType) {
                    case SEND -> policy.mayPublish(identity, topic);
                    case CREATE_ADDRESS, DELETE_ADDRESS ->
                        policy.mayPublish(identity, topic) || policy.maySubscribe(identity, topic);
                    case MANAGE, VIEW, EDIT -> identity.role() == io.objectbus.broker.security.Role.admin;
                    default -> policy.maySubscribe(identity, topic);
                };
        if (!allowed) {
            denials.deny(kindOf(checkType, topic), name, "?", topic, "not granted to role " + identity.role());
        }
        return allowed;
    }

    /**
     * Each refused publication or subscription is checked once: at its address's creation when the address is new,
     * else at the send or the subscription's queue. A new address with wildcards is a subscription's.
     */
    private static Denials.Kind kindOf(CheckType checkType, String topic) {
        if (checkType == CheckType.SEND) {
            return Denials.Kind.publish;
        }
        if (checkType == CheckType.CREATE_ADDRESS || checkType == CheckType.DELETE_ADDRESS) {
            return topic.contains("+") || topic.contains("#") ? Denials.Kind.subscribe : Denials.Kind.publish;
        }
        return Denials.Kind.subscribe;
    }

    @Override
    public boolean validateUser(String user, String password) {
        return policy.authenticate(user, password) != null;
    }

    @Override
    public boolean validateUserAndRole(String user, String password, Set<Role> roles, CheckType checkType) {
        return validateUser(user, password);
    }

    /** The MQTT topic of a core address (or of a queue's full name {@code address::queue}), retained or not. */
    static String topicOf(String address) {
        String bare = address == null ? "" : address;
        int queue = bare.indexOf("::");
        bare = queue >= 0 ? bare.substring(0, queue) : bare;
        if (bare.startsWith(MQTTUtil.MQTT_RETAIN_ADDRESS_PREFIX)) {
            bare = bare.substring(MQTTUtil.MQTT_RETAIN_ADDRESS_PREFIX.length());
        }
        return TopicNames.toMqttTopic(bare);
    }

    private Subject refuse(String user, RemotingConnection connection, String reason) {
        denials.deny(
                Denials.Kind.connect,
                user == null ? "" : user,
                connection == null ? "?" : connection.getRemoteAddress(),
                "an MQTT connection",
                reason);
        return null;
    }

    private static String certificateSubject(RemotingConnection connection) {
        X509Certificate[] certificates = connection == null ? null : CertificateUtil.getCertsFromConnection(connection);
        return certificates == null || certificates.length == 0
                ? null
                : certificates[0].getSubjectX500Principal().getName();
    }

    private static String nameOf(Subject subject) {
        if (subject == null) {
            return null;
        }
        return subject.getPrincipals(UserPrincipal.class).stream()
                .map(UserPrincipal::getName)
                .findFirst()
                .orElse(null);
    }

    private static Subject subject(String user) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        return subject;
    }

    private static boolean isInVm(RemotingConnection connection) {
        return connection != null && connection.getTransportConnection() instanceof InVMConnection;
    }

    private static boolean fromLoopback(RemotingConnection connection) {
        String remote = connection == null ? null : connection.getRemoteAddress();
        if (remote == null) {
            return false;
        }
        String host = remote.startsWith("/") ? remote.substring(1) : remote;
        int colon = host.lastIndexOf(':');
        host = colon > 0 ? host.substring(0, colon) : host;
        try {
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
