// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.internal;

import io.objectbus.component.enocean.frame.Crc8;
import io.objectbus.component.enocean.frame.Esp3Packet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts an ESP3 byte stream into packets, whatever the chunking: a frame may arrive split over many reads, and one
 * read may hold several frames. Bytes before a sync byte are garbage; a sync byte whose header CRC8H or data CRC8D
 * does not match is dropped and the search goes on from the byte after it (ESP3 clause 1.6.2, "Synchronisation"), so
 * a valid frame hidden behind a broken one is still found. Not thread-safe: one parser per stream.
 */
public final class Esp3StreamParser {

    /** What one {@link #feed} call found: whole packets in stream order, and a reason for every discarded run. */
    public record Result(List<Esp3Packet> packets, List<String> problems) {}

    private final int maxDataLength;
    private byte[] buffer = new byte[512];
    private int length;

    /**
     * @param maxDataLength the largest data length accepted; a header announcing more is treated as noise, since a
     *     header CRC matches random bytes one time in 256 and would otherwise stall the stream on a phantom frame
     */
    public Esp3StreamParser(int maxDataLength) {
        if (maxDataLength < 1 || maxDataLength > Esp3Packet.MAX_DATA_LENGTH) {
            throw new IllegalArgumentException("max data length out of range: " + maxDataLength);
        }
        this.maxDataLength = maxDataLength;
    }

    /** A parser accepting data lengths up to 1024 bytes, far above what any gateway sends. */
    public Esp3StreamParser() {
        this(1024);
    }

    /** Adds {@code count} bytes from {@code bytes} at {@code offset} and returns what they complete. */
    public Result feed(byte[] bytes, int offset, int count) {
        append(bytes, offset, count);
        List<Esp3Packet> packets = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int position = 0;
        while (position < length) {
            int sync = indexOfSync(position);
            if (sync > position) {
                problems.add((sync - position) + " byte(s) of garbage before a sync byte");
            }
            if (sync == length) {
                position = length;
                break;
            }
            int consumed = frameAt(sync, packets, problems);
            if (consumed == 0) {
                position = sync;
                break;
            }
            position = sync + consumed;
        }
        compact(position);
        return new Result(packets, problems);
    }

    /** Bytes held back waiting for the rest of a frame. */
    public int pending() {
        return length;
    }

    /** Drops any partial frame, as after a reconnect. */
    public void reset() {
        length = 0;
    }

    /** Bytes consumed at a sync byte: a whole frame, 1 for a broken one, 0 when more bytes are needed. */
    private int frameAt(int start, List<Esp3Packet> packets, List<String> problems) {
        if (length - start < Esp3Packet.HEADER_LENGTH) {
            return 0;
        }
        if (Crc8.of(buffer, start + 1, 4) != (buffer[start + 5] & 0xFF)) {
            problems.add("header CRC8H mismatch, resynchronising");
            return 1;
        }
        int dataLength = ((buffer[start + 1] & 0xFF) << 8) | (buffer[start + 2] & 0xFF);
        int optionalLength = buffer[start + 3] & 0xFF;
        if (dataLength > maxDataLength) {
            problems.add("data length " + dataLength + " above the limit of " + maxDataLength + ", resynchronising");
            return 1;
        }
        int total = Esp3Packet.HEADER_LENGTH + dataLength + optionalLength + 1;
        if (length - start < total) {
            return 0;
        }
        int dataStart = start + Esp3Packet.HEADER_LENGTH;
        if (Crc8.of(buffer, dataStart, dataLength + optionalLength) != (buffer[start + total - 1] & 0xFF)) {
            problems.add("data CRC8D mismatch, resynchronising");
            return 1;
        }
        byte[] data = Arrays.copyOfRange(buffer, dataStart, dataStart + dataLength);
        byte[] optional = Arrays.copyOfRange(buffer, dataStart + dataLength, dataStart + dataLength + optionalLength);
        packets.add(new Esp3Packet(buffer[start + 4] & 0xFF, data, optional));
        return total;
    }

    private int indexOfSync(int from) {
        for (int i = from; i < length; i++) {
            if ((buffer[i] & 0xFF) == Esp3Packet.SYNC) {
                return i;
            }
        }
        return length;
    }

    private void append(byte[] bytes, int offset, int count) {
        if (length + count > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + count));
        }
        System.arraycopy(bytes, offset, buffer, length, count);
        length += count;
    }

    private void compact(int position) {
        System.arraycopy(buffer, position, buffer, 0, length - position);
        length -= position;
    }
}
