// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import io.objectbus.bus.Json;
import io.objectbus.bus.WriteReply;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The replies of one write as lines of JSON ({@code application/x-ndjson}), a response body the node's HTTP server
 * sends chunk by chunk as it is read: {@code accepted} as soon as it comes, then the final reply, then the end. The
 * server reads it on a worker thread, which waits for the next reply; the bus's write timeout bounds that wait, and
 * {@link #MOST_WAIT_MINUTES} in case no final reply ever comes.
 */
final class ReplyLines extends InputStream {

    static final String MEDIA_TYPE = "application/x-ndjson";
    private static final long MOST_WAIT_MINUTES = 10;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> lines = new LinkedBlockingQueue<>();
    private volatile boolean ended;
    private byte[] line = new byte[0];
    private int position;

    /** One reply; after a final one, the stream ends and later replies are left out. */
    synchronized void add(WriteReply reply) {
        if (ended) {
            return;
        }
        try {
            lines.add((Json.MAPPER.writeValueAsString(reply) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (reply.isFinal()) {
            ended = true;
            lines.add(END);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position == line.length) {
            if (line == END || !next()) {
                return -1;
            }
        }
        int count = Math.min(length, line.length - position);
        System.arraycopy(line, position, buffer, offset, count);
        position += count;
        return count;
    }

    /** Waits for the next line; false at the end. */
    private boolean next() throws IOException {
        try {
            byte[] next = lines.poll(MOST_WAIT_MINUTES, TimeUnit.MINUTES);
            line = next == null ? END : next;
            position = 0;
            return line != END;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the write's replies were not all sent");
        }
    }
}
