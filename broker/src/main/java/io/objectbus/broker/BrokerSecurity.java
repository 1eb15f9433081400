// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import io.objectbus.broker.security.AccessSettings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who may connect to the embedded broker, and the TLS listener that routers of other nodes use.
 *
 * <p>With security on, the TLS listener always asks for a user name and password; the plain listener lets anonymous
 * clients in only from loopback (when {@code anonymousOnLoopback}), so that the node's own clients and tools on the
 * same machine keep working. The bus inside the JVM is never asked.
 *
 * @param tlsPort MQTT over TLS, and MQTT over secure WebSocket on the same port; 0 for none
 * @param keyStore PKCS#12 file with the broker's certificate and private key
 * @param keyStorePassword its password
 * @param trustStore PKCS#12 file with the certificates (or their CA) of clients allowed in; null for none
 * @param trustStorePassword its password
 * @param clientAuthRequired mutual TLS: a client without a certificate from the trust store is refused
 * @param users user name to password of the clients that must authenticate (routers of other nodes)
 * @param anonymousOnLoopback whether clients on 127.0.0.1 may connect to the plain listener without a user
 * @param access the identities file with roles, the bus prefix their grants are on, and the input limits
 * @param privateKey with PEM material: the PEM private key of the certificate chain that {@code keyStore} then names
 *     (a PEM file); null when {@code keyStore} is PKCS#12
 */
public record BrokerSecurity(
        int tlsPort,
        Path keyStore,
        String keyStorePassword,
        Path trustStore,
        String trustStorePassword,
        boolean clientAuthRequired,
        Map<String, String> users,
        boolean anonymousOnLoopback,
        AccessSettings access,
        Path privateKey) {

    public BrokerSecurity {
        users = Map.copyOf(users);
        if (privateKey != null && keyStore == null) {
            throw new IllegalArgumentException("a PEM private key needs its certificate");
        }
        access = access == null ? AccessSettings.defaults() : access;
        if (tlsPort > 0 && keyStore == null) {
            throw new IllegalArgumentException("a TLS listener needs a key store with the broker's certificate");
        }
        if (clientAuthRequired && trustStore == null) {
            throw new IllegalArgumentException("mutual TLS needs a trust store with the clients' certificates or CA");
        }
    }

    /** No TLS listener, no users: every client is let in, as a broker on loopback does. */
    public static BrokerSecurity none() {
        return new BrokerSecurity(0, null, null, null, null, false, Map.of(), true, AccessSettings.defaults(), null);
    }

    /** Whether the broker authenticates clients at all. */
    public boolean enabled() {
        return tlsPort > 0 || !users.isEmpty() || access.identitiesFile() != null;
    }

    public BrokerSecurity withTls(int port, Path keyStore, String keyStorePassword) {
        return new BrokerSecurity(
                port,
                keyStore,
                keyStorePassword,
                trustStore,
                trustStorePassword,
                clientAuthRequired,
                users,
                anonymousOnLoopback,
                access,
                null);
    }

    /**
     * The TLS listener with PEM files: the certificate chain (the node's certificate first) and its private key
     * (PKCS#8, or the PKCS#1 and SEC 1 forms of OpenSSL). Both files are watched and taken up when they change.
     */
    public BrokerSecurity withPemTls(int port, Path certificateChain, Path privateKey) {
        return new BrokerSecurity(
                port,
                certificateChain,
                "",
                trustStore,
                trustStorePassword,
                clientAuthRequired,
                users,
                anonymousOnLoopback,
                access,
                privateKey);
    }

    /**
     * Mutual TLS: clients must show a certificate that this trust store vouches for: PKCS#12, or a PEM bundle of CA
     * certificates (then the password is not used).
     */
    public BrokerSecurity withClientCertificates(Path trustStore, String trustStorePassword) {
        return new BrokerSecurity(
                tlsPort,
                keyStore,
                keyStorePassword,
                trustStore,
                trustStorePassword,
                true,
                users,
                anonymousOnLoopback,
                access,
                privateKey);
    }

    public BrokerSecurity withUser(String user, String password) {
        Map<String, String> more = new LinkedHashMap<>(users);
        more.put(user, password);
        return new BrokerSecurity(
                tlsPort,
                keyStore,
                keyStorePassword,
                trustStore,
                trustStorePassword,
                clientAuthRequired,
                more,
                anonymousOnLoopback,
                access,
                privateKey);
    }

    public BrokerSecurity withAnonymousOnLoopback(boolean allowed) {
        return new BrokerSecurity(
                tlsPort,
                keyStore,
                keyStorePassword,
                trustStore,
                trustStorePassword,
                clientAuthRequired,
                users,
                allowed,
                access,
                privateKey);
    }

    /** Roles from an identities file, the bus prefix they are expressed on, and the input limits. */
    public BrokerSecurity withAccess(AccessSettings settings) {
        return new BrokerSecurity(
                tlsPort,
                keyStore,
                keyStorePassword,
                trustStore,
                trustStorePassword,
                clientAuthRequired,
                users,
                anonymousOnLoopback,
                settings,
                privateKey);
    }

    /** Users as {@code user:password,user2:password2}, the form of {@code objectbus.broker.users}. */
    public static Map<String, String> parseUsers(String text) {
        Map<String, String> users = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return users;
        }
        for (String entry : text.split(",")) {
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("users are user:password pairs separated by commas");
            }
            users.put(entry.substring(0, colon).trim(), entry.substring(colon + 1));
        }
        return users;
    }

    /** Secrets stay out of logs: only the user names and files are shown. */
    @Override
    public String toString() {
        return "BrokerSecurity[tlsPort=" + tlsPort + ", keyStore=" + keyStore + ", privateKey=" + privateKey
                + ", trustStore=" + trustStore
                + ", clientAuthRequired=" + clientAuthRequired + ", users=" + users.keySet()
                + ", anonymousOnLoopback=" + anonymousOnLoopback + ", identities=" + access.identitiesFile() + "]";
    }
}
