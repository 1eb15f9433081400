// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bridges;

import io.objectbus.broker.BrokerSecurity;
import io.objectbus.broker.security.AccessSettings;
import io.objectbus.broker.security.InputLimits;
import java.nio.file.Path;
import org.apache.camel.CamelContext;

/**
 * The broker's TLS listener and users, from {@code objectbus.broker.*} properties, for the routers of other nodes:
 * {@code tls-port}, {@code keystore}, {@code keystore-password} or the PEM {@code certificate} and
 * {@code private-key}, {@code truststore} (PKCS#12 or a PEM CA bundle), {@code truststore-password},
 * {@code client-auth} ({@code none} or {@code required}), {@code users} ({@code user:password,…}),
 * {@code anonymous-on-loopback}, the identities file with roles ({@code identities-file}) and the input limits
 * ({@code max-topic-length}, {@code max-topic-levels}, {@code max-connections-per-identity},
 * {@code max-publishes-per-second}, {@code max-inflight}).
 */
public final class BrokerSecurityProperties {

    private static final String PREFIX = "objectbus.broker.";

    private BrokerSecurityProperties() {}

    public static BrokerSecurity read(CamelContext context) {
        BrokerSecurity security = BrokerSecurity.none()
                .withAnonymousOnLoopback(Boolean.parseBoolean(get(context, "anonymous-on-loopback", "true")));
        int tlsPort = Integer.parseInt(get(context, "tls-port", "0"));
        if (tlsPort > 0) {
            security = withTls(context, security, tlsPort);
        }
        if ("required".equalsIgnoreCase(get(context, "client-auth", "none"))) {
            String trustStore = require(context, "truststore", "client certificates (client-auth=required)");
            security = security.withClientCertificates(Path.of(trustStore), get(context, "truststore-password", ""));
        }
        for (var user : BrokerSecurity.parseUsers(get(context, "users", "")).entrySet()) {
            security = security.withUser(user.getKey(), user.getValue());
        }
        return security.withAccess(access(context));
    }

    /** PEM files (certificate and private-key) or a PKCS#12 key store (keystore). */
    private static BrokerSecurity withTls(CamelContext context, BrokerSecurity security, int tlsPort) {
        String certificate = get(context, "certificate", "");
        if (!certificate.isEmpty()) {
            String key = require(context, "private-key", "the PEM certificate (objectbus.broker.certificate)");
            return security.withPemTls(tlsPort, Path.of(certificate), Path.of(key));
        }
        String keyStore = require(context, "keystore", "the TLS listener (objectbus.broker.tls-port), or certificate");
        return security.withTls(tlsPort, Path.of(keyStore), get(context, "keystore-password", ""));
    }

    private static AccessSettings access(CamelContext context) {
        String file = get(context, "identities-file", "");
        String prefix = context.getPropertiesComponent()
                .resolveProperty("camel.component.objectbus.prefix")
                .orElse("ob/v1")
                .trim();
        InputLimits limits = new InputLimits(
                Integer.parseInt(get(context, "max-topic-length", "16384")),
                Integer.parseInt(get(context, "max-topic-levels", "32")),
                Integer.parseInt(get(context, "max-connections-per-identity", "32")),
                Integer.parseInt(get(context, "max-publishes-per-second", "0")),
                Integer.parseInt(get(context, "max-inflight", String.valueOf(InputLimits.DEFAULT_MAX_INFLIGHT))));
        return new AccessSettings(file.isEmpty() ? null : Path.of(file), prefix, limits);
    }

    private static String get(CamelContext context, String key, String otherwise) {
        String value = context.getPropertiesComponent()
                .resolveProperty(PREFIX + key)
                .orElse(otherwise)
                .trim();
        // A value may name another property or an environment variable: {{env:NODE_KEYSTORE_PASSWORD}}.
        return value.contains("{{") ? context.resolvePropertyPlaceholders(value) : value;
    }

    private static String require(CamelContext context, String key, String forWhat) {
        String value = get(context, key, "");
        if (value.isEmpty()) {
            throw new IllegalArgumentException(PREFIX + key + " must be set for " + forWhat);
        }
        return value;
    }
}
