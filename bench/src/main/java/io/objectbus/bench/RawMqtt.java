// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * The leanest MQTT 3.1.1 client the load generator can have: one blocking socket, QoS 0 publications written into a
 * buffer and sent when it fills (or at once when paced), publications received parsed in place with no copy and no
 * object per message. It does what the harness needs and nothing else, so that its cost per value is far below a
 * broker's.
 */
final class RawMqtt implements AutoCloseable {

    /** What the reader is told of each publication received. */
    interface Sink {
        void publication(
                boolean retained, ByteBuffer frame, int topicStart, int topicLength, int payloadStart, int end);

        /** The publications of one read from the socket have all been handed over. */
        void endOfRead();
    }

    /** A read this short means the reader keeps up: waiting a little lets the next read take many more at once. */
    private static final int SHORT_READ = 8 * 1024;

    private static final long COALESCE_NANOS = 100_000;

    private final SocketChannel channel;
    private final ByteBuffer out = ByteBuffer.allocateDirect(64 * 1024);
    private final ByteBuffer in = ByteBuffer.allocateDirect(256 * 1024);

    RawMqtt(int port, String clientId) throws IOException {
        channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        byte[] id = clientId.getBytes(StandardCharsets.UTF_8);
        // CONNECT: protocol name "MQTT", level 4, clean session, keep-alive off.
        header(0x10, 10 + 2 + id.length);
        out.put(new byte[] {0, 4, 'M', 'Q', 'T', 'T', 4, 0x02, 0, 0});
        string(id);
        flush();
        expectAck(0x20, "CONNACK");
    }

    void subscribe(String filter) throws IOException {
        byte[] topic = filter.getBytes(StandardCharsets.UTF_8);
        header(0x82, 2 + 2 + topic.length + 1);
        out.putShort((short) 1);
        string(topic);
        out.put((byte) 0);
        flush();
        expectAck(0x90, "SUBACK");
    }

    /** Adds one QoS 0 publication to the buffer, sending the buffer first when it would not fit. */
    void publish(byte[] topic, byte[] payload) throws IOException {
        int length = 2 + topic.length + payload.length;
        if (out.remaining() < length + 5) {
            flush();
        }
        header(0x30, length);
        string(topic);
        out.put(payload);
    }

    void flush() throws IOException {
        out.flip();
        while (out.hasRemaining()) {
            channel.write(out);
        }
        out.clear();
    }

    /** Reads and hands over publications until the connection ends or the thread is interrupted. */
    void read(Sink sink) throws IOException {
        for (int read; (read = channel.read(in)) >= 0; ) {
            in.flip();
            while (complete()) {
                frame(sink);
            }
            in.compact();
            sink.endOfRead();
            if (read < SHORT_READ) {
                java.util.concurrent.locks.LockSupport.parkNanos(COALESCE_NANOS);
            }
        }
    }

    private boolean complete() {
        int start = in.position();
        if (in.remaining() < 2) {
            return false;
        }
        int length = 0;
        int i = start + 1;
        for (int shift = 0; ; shift += 7, i++) {
            if (i >= in.limit()) {
                return false;
            }
            byte b = in.get(i);
            length |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                break;
            }
        }
        return in.limit() - (i + 1) >= length;
    }

    private void frame(Sink sink) {
        int type = in.get() & 0xff;
        int length = remainingLength();
        int end = in.position() + length;
        if ((type >> 4) == 3) {
            int topicLength = in.getShort() & 0xffff;
            int topicStart = in.position();
            int payloadStart = topicStart + topicLength + (((type >> 1) & 3) > 0 ? 2 : 0);
            sink.publication((type & 1) != 0, in, topicStart, topicLength, payloadStart, end);
        }
        in.position(end);
    }

    private int remainingLength() {
        int length = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = in.get();
            length |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return length;
            }
        }
    }

    /**
     * Reads until a packet of the type comes, dropping publications before it: a broker may send a new subscription's
     * retained messages (the node's current picture) ahead of its SUBACK. What follows stays for {@link #read}.
     */
    private void expectAck(int type, String name) throws IOException {
        while (true) {
            in.flip();
            while (complete()) {
                int packet = in.get() & 0xf0;
                int length = remainingLength();
                in.position(in.position() + length);
                if (packet == type) {
                    in.compact();
                    return;
                }
            }
            in.compact();
            if (channel.read(in) < 0) {
                throw new IOException("the broker closed the connection before " + name);
            }
        }
    }

    private void header(int type, int length) {
        out.put((byte) type);
        do {
            int digit = length & 0x7f;
            length >>>= 7;
            out.put((byte) (length > 0 ? digit | 0x80 : digit));
        } while (length > 0);
    }

    private void string(byte[] bytes) {
        out.putShort((short) bytes.length);
        out.put(bytes);
    }

    /** The {@code "v":} number at the start of a payload in a frame, or -1 (as {@link Clocks#valueOf}). */
    static long valueOf(ByteBuffer frame, int from, int end) {
        int i = from;
        while (i < end - 4 && !(frame.get(i) == '"' && frame.get(i + 1) == 'v' && frame.get(i + 2) == '"')) {
            i++;
        }
        i += 4;
        long v = 0;
        boolean any = false;
        for (byte b; i < end && (b = frame.get(i)) >= '0' && b <= '9'; i++) {
            v = v * 10 + (b - '0');
            any = true;
        }
        return any ? v : -1;
    }

    @Override
    public void close() {
        try {
            out.clear();
            out.put(new byte[] {(byte) 0xe0, 0});
            flush();
            channel.close();
        } catch (IOException e) {
            // the broker already closed it
        }
    }
}
