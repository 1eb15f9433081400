// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The simulated gateway's socket: sends prepared PUSH_DATA datagrams to the node at a set rate and counts the
 * PUSH_ACKs that come back (one for each datagram the node's network server took up).
 */
final class LorawanGateway implements AutoCloseable {

    private static final int PUSH_ACK = 1;

    private final DatagramChannel channel;
    private final AtomicLong acks = new AtomicLong();
    private final Thread receiver;

    LorawanGateway(int serverPort) throws IOException {
        channel = DatagramChannel.open();
        channel.setOption(StandardSocketOptions.SO_RCVBUF, 4 << 20);
        channel.bind(new InetSocketAddress("127.0.0.1", 0));
        channel.connect(new InetSocketAddress("127.0.0.1", serverPort));
        receiver = new Thread(this::receive, "bench-gateway-acks");
        receiver.setDaemon(true);
        receiver.start();
    }

    void send(byte[] datagram) throws IOException {
        channel.write(ByteBuffer.wrap(datagram));
    }

    /** Sends the datagrams evenly at perSecond (catching up in bursts when the scheduler wakes it late). */
    void sendAt(byte[][] datagrams, int perSecond) throws IOException {
        long interval = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        for (int i = 0; i < datagrams.length; i++) {
            long wait = start + i * interval - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            send(datagrams[i]);
        }
    }

    long acks() {
        return acks.get();
    }

    private void receive() {
        ByteBuffer buffer = ByteBuffer.allocate(65535);
        while (channel.isOpen()) {
            try {
                buffer.clear();
                channel.receive(buffer);
                if (buffer.position() >= 4 && buffer.get(3) == PUSH_ACK) {
                    acks.incrementAndGet();
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
