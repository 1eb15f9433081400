// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import javax.security.auth.Subject;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnection;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager5;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates the broker's clients by listener: the bus inside the JVM always, anonymous clients on the plain
 * listener only from loopback (when allowed), everyone else by user name and password. Each acceptor names its
 * listener through its security domain. An authenticated client may do what MQTT lets it; topic ACLs are not part of
 * this version.
 */
final class NodeSecurityManager implements ActiveMQSecurityManager5 {

    static final String PLAIN = "objectbus-plain";
    static final String TLS = "objectbus-tls";

    private static final Logger LOG = LoggerFactory.getLogger(NodeSecurityManager.class);
    private static final String INTERNAL = "objectbus-internal";
    private static final String ANONYMOUS = "anonymous";

    private final BrokerSecurity security;

    NodeSecurityManager(BrokerSecurity security) {
        this.security = security;
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
            return refuse(user, connection, "no user name given; this listener needs a user and password");
        }
        if (!passwordMatches(user, password)) {
            return refuse(user, connection, "unknown user or wrong password");
        }
        return subject(user);
    }

    @Override
    public boolean authorize(Subject subject, Set<Role> roles, CheckType checkType, String address) {
        return subject != null;
    }

    @Override
    public boolean validateUser(String user, String password) {
        return passwordMatches(user, password);
    }

    @Override
    public boolean validateUserAndRole(String user, String password, Set<Role> roles, CheckType checkType) {
        return passwordMatches(user, password);
    }

    private boolean passwordMatches(String user, String password) {
        String expected = user == null ? null : security.users().get(user);
        if (expected == null || password == null) {
            return false;
        }
        // Constant time, so that the time of a refusal says nothing of the password.
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8));
    }

    private static Subject refuse(String user, RemotingConnection connection, String reason) {
        LOG.warn(
                "Refused the MQTT connection of user '{}' from {}: {}",
                user == null ? "" : user,
                connection == null ? "?" : connection.getRemoteAddress(),
                reason);
        return null;
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
