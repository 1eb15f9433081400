// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import java.io.IOException;

/**
 * A listener the settings ask for could not be opened, e.g. because another process listens on its port: a broker
 * that ran without it would leave its clients talking to that other process.
 */
public final class ListenerNotStartedException extends IOException {

    private final BrokerListener listener;
    private final String host;
    private final int port;

    ListenerNotStartedException(BrokerListener listener, String host, int port, String reason) {
        super(listener.label() + " " + port + " on " + host + " " + reason);
        this.listener = listener;
        this.host = host;
        this.port = port;
    }

    public BrokerListener listener() {
        return listener;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }
}
