// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import io.objectbus.broker.security.Identity;
import io.objectbus.broker.security.IdentityFile;
import io.objectbus.broker.security.PasswordHash;
import io.objectbus.broker.security.Role;
import io.vertx.core.net.SocketAddress;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.camel.Exchange;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may manage the node over HTTP: an identity of role {@code admin} of the identities file, with HTTP Basic
 * credentials, from loopback only. The node's HTTP server has no TLS: a password is accepted only where it does not
 * cross a network (a TLS reverse proxy on the same machine forwards from loopback).
 */
final class ApiAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(ApiAdmin.class);

    private ApiAdmin() {}

    /** The admin identity of the request; an {@link ApiProblem} (401, 403) for anyone else. */
    static Identity require(Exchange exchange, IdentityFile identities) {
        String from = remoteHost(exchange);
        if (!isLoopback(from)) {
            throw refused(exchange, 403, "Forbidden", "identities are managed from loopback only, not from " + from);
        }
        BasicCredentials credentials =
                BasicCredentials.of(exchange.getMessage().getHeader("Authorization", String.class));
        if (credentials == null) {
            throw refused(exchange, 401, "Unauthorized", "log in with the user name and password of an admin identity");
        }
        Identity identity = identities.identities().get(credentials.user());
        if (identity == null
                || identity.password() == null
                || !PasswordHash.matches(
                        identity.password(), credentials.password().toCharArray())) {
            LOG.warn(
                    "Refused the HTTP login of user '{}' from {}: unknown user or wrong password",
                    credentials.user(),
                    from);
            throw refused(exchange, 401, "Unauthorized", "unknown user or wrong password");
        }
        if (identity.role() != Role.admin) {
            LOG.warn("Refused the HTTP request of user '{}' from {}: not an admin", credentials.user(), from);
            throw refused(exchange, 403, "Forbidden", "identities are managed by admin identities only");
        }
        return identity;
    }

    private static ApiProblem refused(Exchange exchange, int status, String title, String detail) {
        if (status == 401) {
            exchange.setProperty(ApiProblem.CHALLENGE, BasicCredentials.CHALLENGE);
        }
        return new ApiProblem(status, title, detail);
    }

    private static String remoteHost(Exchange exchange) {
        Object address = exchange.getMessage().getHeader(VertxPlatformHttpConstants.REMOTE_ADDRESS);
        return address instanceof SocketAddress socket ? socket.hostAddress() : null;
    }

    private static boolean isLoopback(String host) {
        try {
            return host != null && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
