// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** TCP transports to a ser2net-style gateway that relays the ESP3 byte stream of a USB/serial module unchanged. */
public final class TcpTransportFactory implements TransportFactory {

    private final String host;
    private final int port;
    private final int connectTimeoutMillis;

    public TcpTransportFactory(String host, int port, int connectTimeoutMillis) {
        this.host = host;
        this.port = port;
        this.connectTimeoutMillis = connectTimeoutMillis;
    }

    @Override
    public Transport open() throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            socket.connect(new InetSocketAddress(host, port), connectTimeoutMillis);
            refuseSelfConnection(socket);
            return new SocketTransport(socket, host + ":" + port);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /**
     * A connect to a free port of the kernel's source-port range can pick that very port as its source and succeed with
     * nobody there (TCP simultaneous open); that is no gateway.
     */
    private void refuseSelfConnection(Socket socket) throws IOException {
        if (socket.getLocalPort() == socket.getPort()
                && socket.getLocalAddress().equals(socket.getInetAddress())) {
            throw new ConnectException("Connection refused: nothing listens on " + host + ":" + port
                    + " (the connect reached its own source port)");
        }
    }

    private record SocketTransport(Socket socket, String describe) implements Transport {

        @Override
        public InputStream input() {
            try {
                return socket.getInputStream();
            } catch (IOException e) {
                return InputStream.nullInputStream();
            }
        }

        @Override
        public OutputStream output() {
            try {
                return socket.getOutputStream();
            } catch (IOException e) {
                return OutputStream.nullOutputStream();
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
