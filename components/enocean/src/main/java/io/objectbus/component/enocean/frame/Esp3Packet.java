// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.frame;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One ESP3 packet (EnOcean Serial Protocol 3, clause 1.6 "Packet structure"):
 *
 * <pre>
 * Sync byte          1  0x55
 * Header             4  data length (2, big-endian, 0..65535), optional length (1), packet type (1)
 * CRC8H              1  CRC8 of the 4 header bytes
 * Data               n  data length bytes
 * Optional data      m  optional length bytes
 * CRC8D              1  CRC8 of data and optional data
 * </pre>
 *
 * @param packetType   the packet type code, 0..255 (see {@link PacketType})
 * @param data         the data field, at most 65535 bytes
 * @param optionalData the optional data field, at most 255 bytes
 */
public record Esp3Packet(int packetType, byte[] data, byte[] optionalData) {

    /** The sync byte that starts every packet. */
    public static final int SYNC = 0x55;
    /** Sync byte, header and CRC8H. */
    public static final int HEADER_LENGTH = 6;
    /** Largest data field the header can announce. */
    public static final int MAX_DATA_LENGTH = 0xFFFF;
    /** Largest optional data field the header can announce. */
    public static final int MAX_OPTIONAL_LENGTH = 0xFF;

    public Esp3Packet {
        if (packetType < 0 || packetType > 0xFF) {
            throw new IllegalArgumentException("packet type out of range: " + packetType);
        }
        data = data == null ? new byte[0] : data.clone();
        optionalData = optionalData == null ? new byte[0] : optionalData.clone();
        if (data.length > MAX_DATA_LENGTH || optionalData.length > MAX_OPTIONAL_LENGTH) {
            throw new IllegalArgumentException("data or optional data too long for an ESP3 header");
        }
    }

    public Esp3Packet(PacketType type, byte[] data, byte[] optionalData) {
        this(type.code(), data, optionalData);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public byte[] optionalData() {
        return optionalData.clone();
    }

    /** The packet type, empty for a code this implementation does not know. */
    public java.util.Optional<PacketType> type() {
        return PacketType.of(packetType);
    }

    /** Whether this packet has the given type. */
    public boolean is(PacketType type) {
        return packetType == type.code();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Esp3Packet p
                && p.packetType == packetType
                && Arrays.equals(p.data, data)
                && Arrays.equals(p.optionalData, optionalData);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * packetType + Arrays.hashCode(data)) + Arrays.hashCode(optionalData);
    }

    @Override
    public String toString() {
        HexFormat hex = HexFormat.of().withUpperCase();
        return "Esp3Packet[type=" + type().map(Enum::name).orElse(String.format("0x%02X", packetType)) + ", data="
                + hex.formatHex(data) + ", optional=" + hex.formatHex(optionalData) + "]";
    }

    /** Writes and reads whole ESP3 frames, sync byte to CRC8D. */
    public static final class Serializer {

        private Serializer() {}

        /** The frame bytes of a packet, CRCs included. */
        public static byte[] encode(Esp3Packet packet) {
            byte[] d = packet.data;
            byte[] o = packet.optionalData;
            byte[] frame = new byte[HEADER_LENGTH + d.length + o.length + 1];
            frame[0] = (byte) SYNC;
            frame[1] = (byte) (d.length >> 8);
            frame[2] = (byte) d.length;
            frame[3] = (byte) o.length;
            frame[4] = (byte) packet.packetType;
            frame[5] = (byte) Crc8.of(frame, 1, 4);
            System.arraycopy(d, 0, frame, HEADER_LENGTH, d.length);
            System.arraycopy(o, 0, frame, HEADER_LENGTH + d.length, o.length);
            frame[frame.length - 1] = (byte) Crc8.of(d, o);
            return frame;
        }

        /**
         * The packet in exactly one frame.
         *
         * @throws FrameException when the sync byte, a CRC or the length does not match
         */
        public static Esp3Packet decode(byte[] frame) throws FrameException {
            if (frame.length < HEADER_LENGTH + 1 || (frame[0] & 0xFF) != SYNC) {
                throw new FrameException("not an ESP3 frame: too short or no sync byte");
            }
            if (Crc8.of(frame, 1, 4) != (frame[5] & 0xFF)) {
                throw new FrameException("header CRC8H mismatch");
            }
            int dataLength = ((frame[1] & 0xFF) << 8) | (frame[2] & 0xFF);
            int optionalLength = frame[3] & 0xFF;
            if (frame.length != HEADER_LENGTH + dataLength + optionalLength + 1) {
                throw new FrameException("frame length " + frame.length + " does not match the header");
            }
            if (Crc8.of(frame, HEADER_LENGTH, dataLength + optionalLength) != (frame[frame.length - 1] & 0xFF)) {
                throw new FrameException("data CRC8D mismatch");
            }
            byte[] data = Arrays.copyOfRange(frame, HEADER_LENGTH, HEADER_LENGTH + dataLength);
            byte[] optional = Arrays.copyOfRange(frame, HEADER_LENGTH + dataLength, frame.length - 1);
            return new Esp3Packet(frame[4] & 0xFF, data, optional);
        }
    }
}
