// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * BACnet Virtual Link Control messages of BACnet/IP (ASHRAE 135 Annex J.2). Every message starts with a 4-octet
 * header: type (1 octet, X'81'), function (1 octet), length of the whole message including the header (2 octets).
 */
public sealed interface Bvlc {
    int TYPE_BACNET_IP = 0x81;
    int HEADER_LENGTH = 4;

    /** BVLC-Result (J.2.1), function X'00': a 2-octet result code, 0 = successful completion, else a NAK. */
    record Result(int code) implements Bvlc {
        public static final int SUCCESS = 0x0000;
        public static final int REGISTER_FOREIGN_DEVICE_NAK = 0x0030;
        public static final int DISTRIBUTE_BROADCAST_NAK = 0x0060;
    }

    /** Forwarded-NPDU (J.2.5), function X'04': the 6-octet B/IP address of the originator, then the NPDU. */
    record ForwardedNpdu(InetSocketAddress origin, byte[] npdu) implements Bvlc {}

    /** Register-Foreign-Device (J.2.6), function X'05': the 2-octet time-to-live in seconds. */
    record RegisterForeignDevice(int timeToLive) implements Bvlc {}

    /** Distribute-Broadcast-To-Network (J.2.12), function X'09': a foreign device's broadcast, via its BBMD. */
    record DistributeBroadcastToNetwork(byte[] npdu) implements Bvlc {}

    /** Original-Unicast-NPDU (J.2.11), function X'0A'. */
    record OriginalUnicastNpdu(byte[] npdu) implements Bvlc {}

    /** Original-Broadcast-NPDU (J.2.12), function X'0B'. */
    record OriginalBroadcastNpdu(byte[] npdu) implements Bvlc {}

    /**
     * The BBMD table functions (J.2.2 to J.2.4, J.2.7 to J.2.9) and Secure-BVLL, which a client node does not
     * serve: recognised, kept raw and ignored.
     */
    record Other(int function, byte[] payload) implements Bvlc {}

    /** Encodes and decodes BVLC messages. */
    final class Serializer {
        private Serializer() {}

        public static byte[] encode(Bvlc message) {
            ByteWriter body = new ByteWriter();
            int function = body(message, body);
            byte[] payload = body.toByteArray();
            return new ByteWriter()
                    .u8(TYPE_BACNET_IP)
                    .u8(function)
                    .u16(HEADER_LENGTH + payload.length)
                    .bytes(payload)
                    .toByteArray();
        }

        private static int body(Bvlc message, ByteWriter body) {
            if (message instanceof Result result) {
                body.u16(result.code());
                return 0x00;
            } else if (message instanceof ForwardedNpdu forwarded) {
                body.bytes(forwarded.origin().getAddress().getAddress())
                        .u16(forwarded.origin().getPort());
                body.bytes(forwarded.npdu());
                return 0x04;
            } else if (message instanceof RegisterForeignDevice register) {
                body.u16(register.timeToLive());
                return 0x05;
            } else if (message instanceof DistributeBroadcastToNetwork distribute) {
                body.bytes(distribute.npdu());
                return 0x09;
            } else if (message instanceof OriginalUnicastNpdu unicast) {
                body.bytes(unicast.npdu());
                return 0x0A;
            } else if (message instanceof OriginalBroadcastNpdu broadcast) {
                body.bytes(broadcast.npdu());
                return 0x0B;
            }
            Other other = (Other) message;
            body.bytes(other.payload());
            return other.function();
        }

        public static Bvlc decode(byte[] datagram) {
            ByteReader in = new ByteReader(datagram);
            int type = in.u8();
            if (type != TYPE_BACNET_IP) {
                throw new DecodeException(String.format("BVLC type X'%02X' is not BACnet/IP (X'81')", type));
            }
            int function = in.u8();
            int length = in.u16();
            if (length != datagram.length) {
                throw new DecodeException("BVLC length " + length + " but datagram of " + datagram.length + " octets");
            }
            return switch (function) {
                case 0x00 -> new Result(fixed(in, 2));
                case 0x04 -> new ForwardedNpdu(address(in), nonEmpty(in));
                case 0x05 -> new RegisterForeignDevice(fixed(in, 2));
                case 0x09 -> new DistributeBroadcastToNetwork(nonEmpty(in));
                case 0x0A -> new OriginalUnicastNpdu(nonEmpty(in));
                case 0x0B -> new OriginalBroadcastNpdu(nonEmpty(in));
                case 0x01, 0x02, 0x03, 0x06, 0x07, 0x08, 0x0C -> new Other(function, in.rest());
                default -> throw new DecodeException(String.format("unknown BVLC function X'%02X'", function));
            };
        }

        private static int fixed(ByteReader in, int length) {
            if (in.remaining() != length) {
                throw new DecodeException("BVLC payload of " + in.remaining() + " octets, expected " + length);
            }
            return in.u16();
        }

        private static byte[] nonEmpty(ByteReader in) {
            if (!in.hasRemaining()) {
                throw new DecodeException("BVLC message without an NPDU");
            }
            return in.rest();
        }

        private static InetSocketAddress address(ByteReader in) {
            try {
                InetAddress ip = InetAddress.getByAddress(in.bytes(4));
                return new InetSocketAddress(ip, in.u16());
            } catch (UnknownHostException e) {
                throw new DecodeException("bad B/IP address: " + e.getMessage());
            }
        }
    }
}
