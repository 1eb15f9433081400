// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import io.objectbus.broker.EmbeddedBroker;
import io.objectbus.broker.security.AccessPolicy;
import io.objectbus.broker.security.Identity;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The login of the explorer and of the REST API when the broker's security is on: HTTP Basic with an
 * identity of the broker (the identities file, or {@code objectbus.broker.users}), the same name and password as on
 * MQTT, judged by the same {@link AccessPolicy}. With security off nobody logs in and everyone may.
 */
final class HttpLogin {

    private static final Logger LOG = LoggerFactory.getLogger(HttpLogin.class);
    private static final String BASIC = "Basic ";
    /** The WWW-Authenticate challenge of a 401, so that a browser asks for the login. */
    static final String CHALLENGE = "Basic realm=\"objectbus\", charset=\"UTF-8\"";

    private HttpLogin() {}

    /** The broker's policy, or null when security is off. */
    static AccessPolicy policy(Exchange exchange) {
        return policy(exchange.getContext());
    }

    static AccessPolicy policy(CamelContext context) {
        EmbeddedBroker broker = context.getRegistry().lookupByNameAndType("broker", EmbeddedBroker.class);
        return broker == null ? null : broker.accessPolicy();
    }

    /** The identity of the request, or null when security is off; an {@link ApiProblem} 401 without a login. */
    static Identity require(Exchange exchange, AccessPolicy policy) {
        try {
            return identity(exchange.getMessage().getHeader("Authorization", String.class), policy);
        } catch (ApiProblem refused) {
            if (refused.status() == 401) {
                exchange.setProperty(ApiProblem.CHALLENGE, CHALLENGE);
            }
            throw refused;
        }
    }

    /**
     * With security on, a read of the bus (objects, values, history, errors, the live stream, the explorer) needs the
     * login of an identity that reads the whole bus: 401 without, 403 for an adapter's or a device's identity.
     */
    static void requireReader(Exchange exchange) {
        AccessPolicy policy = policy(exchange);
        mayRead(require(exchange, policy), policy);
    }

    /** {@link #requireReader(Exchange)} for a handler outside Camel: the request's Authorization header. */
    static void requireReader(String authorization, AccessPolicy policy) {
        mayRead(identity(authorization, policy), policy);
    }

    private static void mayRead(Identity identity, AccessPolicy policy) {
        if (identity != null && !policy.mayReadBus(identity)) {
            throw new ApiProblem(
                    403, "Forbidden", identity.name() + " (role " + identity.role() + ") may not read the bus");
        }
    }

    private static Identity identity(String authorization, AccessPolicy policy) {
        if (policy == null) {
            return null;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            throw new ApiProblem(
                    401, "Unauthorized", "log in with the user name and password of an identity of the node");
        }
        String[] credentials = decode(authorization.substring(BASIC.length()).trim());
        Identity identity = policy.authenticate(credentials[0], credentials[1]);
        if (identity == null) {
            LOG.warn("Refused the HTTP login of user '{}': unknown user or wrong password", credentials[0]);
            throw new ApiProblem(401, "Unauthorized", "unknown user or wrong password");
        }
        return identity;
    }

    private static String[] decode(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0
                    ? new String[] {pair, ""}
                    : new String[] {pair.substring(0, colon), pair.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return new String[] {"", ""};
        }
    }
}
