// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Where a DALI gateway is and how long a transport waits for it: to connect, and for each answer. Every transport
 * opens its link from here; the TCP ones (daliserver, HelvarNet) through {@link #connect()}.
 */
record GatewayAddress(String host, int port, int connectTimeoutMillis, int answerTimeoutMillis) {

    /** A TCP connection to the gateway: frames go at once (one short request at a time), reads wait an answer's time. */
    Socket connect() throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), connectTimeoutMillis);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(answerTimeoutMillis);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        return socket;
    }

    /** Closes a link that is going anyway; a failure to close it changes nothing. */
    static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Nothing more to do with a link being dropped.
        }
    }

    /** {@code host:port}, for logs and connection reasons. */
    @Override
    public String toString() {
        return host + ":" + port;
    }
}
