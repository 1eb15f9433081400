// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.spi.core.remoting.Acceptor;

/**
 * Makes sure the broker listens where its settings say. Artemis logs an acceptor that cannot bind and starts
 * without it; the node would then run, and its clients find whatever else listens on that port.
 */
final class ListenerCheck {

    private final BrokerSettings settings;
    private final BrokerSecurity security;

    ListenerCheck(BrokerSettings settings, BrokerSecurity security) {
        this.settings = settings;
        this.security = security;
    }

    /** Before the broker starts: a port that another process holds is reported without Artemis' own errors. */
    void portsFree() throws ListenerNotStartedException {
        for (BrokerListener listener : BrokerListener.values()) {
            int port = listener.port(settings, security);
            String reason = port > 0 ? unavailable(port) : null;
            if (reason != null) {
                throw new ListenerNotStartedException(listener, settings.host(), port, reason);
            }
        }
    }

    /** After the broker started: every listener the settings ask for runs (the port may have gone meanwhile). */
    void listenersStarted(ActiveMQServer server) throws ListenerNotStartedException {
        for (BrokerListener listener : BrokerListener.values()) {
            int port = listener.port(settings, security);
            Acceptor acceptor = server.getRemotingService().getAcceptor(listener.acceptorName());
            if (port > 0 && (acceptor == null || !acceptor.isStarted())) {
                String reason = unavailable(port);
                throw new ListenerNotStartedException(
                        listener,
                        settings.host(),
                        port,
                        reason != null ? reason : "did not open (see the error above)");
            }
        }
    }

    /** Why the port cannot be bound, or null when it can; with address reuse on, as the broker's acceptors bind. */
    private String unavailable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(settings.host(), port));
            return null;
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            return message.contains("already in use") ? "is in use" : "cannot be opened: " + message;
        }
    }
}
