// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import io.objectbus.broker.EmbeddedBroker;
import io.objectbus.broker.security.AccessPolicy;
import io.objectbus.broker.security.Identity;
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
                exchange.setProperty(ApiProblem.CHALLENGE, BasicCredentials.CHALLENGE);
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
        BasicCredentials credentials = BasicCredentials.of(authorization);
        if (credentials == null) {
            throw new ApiProblem(
                    401, "Unauthorized", "log in with the user name and password of an identity of the node");
        }
        Identity identity = policy.authenticate(credentials.user(), credentials.password());
        if (identity == null) {
            LOG.warn("Refused the HTTP login of user '{}': unknown user or wrong password", credentials.user());
            throw new ApiProblem(401, "Unauthorized", "unknown user or wrong password");
        }
        return identity;
    }
}
