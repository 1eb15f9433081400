// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Arrays;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The server's UDP socket: one thread receives datagrams and hands them on; sends come from the worker thread. */
final class UdpTransport implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UdpTransport.class);
    private static final int MAX_DATAGRAM = 65535;
    /** Room for bursts of PUSH_DATA from many gateways while the worker catches up (the kernel may give less). */
    private static final int RECEIVE_BUFFER = 4 << 20;

    private final DatagramSocket socket;
    private final Thread receiver;

    UdpTransport(String host, int port, String name, BiConsumer<byte[], SocketAddress> onDatagram) throws IOException {
        socket = new DatagramSocket(null);
        socket.setReceiveBufferSize(RECEIVE_BUFFER);
        try {
            socket.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            socket.close();
            throw new IOException("cannot bind UDP " + host + ":" + port + ": " + e.getMessage(), e);
        }
        receiver = new Thread(() -> receive(onDatagram), "lorawan-udp-" + name);
        receiver.setDaemon(true);
        receiver.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    void send(byte[] data, SocketAddress to) {
        try {
            socket.send(new DatagramPacket(data, data.length, to));
        } catch (IOException e) {
            LOG.warn("Could not send {} bytes to {}: {}", data.length, to, e.getMessage());
        }
    }

    private void receive(BiConsumer<byte[], SocketAddress> onDatagram) {
        byte[] buffer = new byte[MAX_DATAGRAM];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
                onDatagram.accept(Arrays.copyOf(buffer, packet.getLength()), packet.getSocketAddress());
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    @Override
    public void close() {
        socket.close();
        try {
            receiver.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
