// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal;

/**
 * The network layer protocol data unit (ASHRAE 135 clause 6.2). Octets: version (1, X'01'); control (1): bit 7
 * network-layer message, bit 5 destination present, bit 3 source present, bit 2 data expecting reply, bits 1..0
 * priority; then if bit 5: DNET (2), DLEN (1), DADR (DLEN, 0 = broadcast on DNET); if bit 3: SNET (2), SLEN (1,
 * never 0), SADR (SLEN); if bit 5: hop count (1); if bit 7: message type (1) and, for types X'80'..X'FF', a vendor
 * identifier (2); then the APDU or the network message's data.
 *
 * @param networkMessage true when the payload is a network-layer message (clause 6.4), not an APDU
 * @param expectingReply the "data expecting reply" bit, set for confirmed requests
 * @param priority       network priority 0..3 (0 normal, 3 life safety)
 * @param dnet           destination network, or -1 when absent; X'FFFF' is the global broadcast
 * @param dadr           destination MAC address (empty for a broadcast on DNET)
 * @param snet           source network, or -1 when absent
 * @param sadr           source MAC address
 * @param hopCount       hop count, 0..255, meaningful when {@code dnet} is present
 * @param messageType    network message type, or -1 for an APDU
 * @param vendorId       vendor of a proprietary network message, or -1
 * @param payload        the APDU, or the network message's data
 */
public record Npdu(
        boolean networkMessage,
        boolean expectingReply,
        int priority,
        int dnet,
        byte[] dadr,
        int snet,
        byte[] sadr,
        int hopCount,
        int messageType,
        int vendorId,
        byte[] payload) {
    public static final int VERSION = 0x01;
    public static final int GLOBAL_BROADCAST = 0xFFFF;

    /** An APDU for a device on the local network. */
    public static Npdu local(byte[] apdu, boolean expectingReply) {
        return new Npdu(false, expectingReply, 0, -1, new byte[0], -1, new byte[0], 0, -1, -1, apdu);
    }

    /** An APDU routed to network {@code dnet} (X'FFFF' for all networks), hop count 255 (clause 6.2.2). */
    public static Npdu routed(byte[] apdu, boolean expectingReply, int dnet, byte[] dadr) {
        return new Npdu(false, expectingReply, 0, dnet, dadr, -1, new byte[0], 255, -1, -1, apdu);
    }

    public boolean hasDestination() {
        return dnet >= 0;
    }

    public boolean hasSource() {
        return snet >= 0;
    }

    /** Encodes and decodes NPDUs. */
    public static final class Serializer {
        private Serializer() {}

        public static byte[] encode(Npdu npdu) {
            ByteWriter out = new ByteWriter().u8(VERSION).u8(control(npdu));
            if (npdu.hasDestination()) {
                out.u16(npdu.dnet()).u8(npdu.dadr().length).bytes(npdu.dadr());
            }
            if (npdu.hasSource()) {
                out.u16(npdu.snet()).u8(npdu.sadr().length).bytes(npdu.sadr());
            }
            if (npdu.hasDestination()) {
                out.u8(npdu.hopCount());
            }
            if (npdu.networkMessage()) {
                out.u8(npdu.messageType());
                if (npdu.messageType() >= 0x80) {
                    out.u16(npdu.vendorId());
                }
            }
            return out.bytes(npdu.payload()).toByteArray();
        }

        private static int control(Npdu npdu) {
            int control = npdu.priority() & 0x03;
            control |= npdu.networkMessage() ? 0x80 : 0;
            control |= npdu.hasDestination() ? 0x20 : 0;
            control |= npdu.hasSource() ? 0x08 : 0;
            control |= npdu.expectingReply() ? 0x04 : 0;
            return control;
        }

        public static Npdu decode(byte[] data) {
            ByteReader in = new ByteReader(data);
            int version = in.u8();
            if (version != VERSION) {
                throw new DecodeException("NPDU protocol version " + version + ", expected 1");
            }
            int control = in.u8();
            int dnet = -1;
            byte[] dadr = new byte[0];
            if ((control & 0x20) != 0) {
                dnet = in.u16();
                dadr = in.bytes(in.u8());
                checkNetwork(dnet, "DNET");
            }
            int snet = -1;
            byte[] sadr = new byte[0];
            if ((control & 0x08) != 0) {
                snet = in.u16();
                sadr = in.bytes(in.u8());
                checkSource(snet, sadr);
            }
            int hopCount = dnet >= 0 ? in.u8() : 0;
            boolean network = (control & 0x80) != 0;
            int type = network ? in.u8() : -1;
            int vendor = network && type >= 0x80 ? in.u16() : -1;
            byte[] payload = in.rest();
            if (!network && payload.length == 0) {
                throw new DecodeException("NPDU without an APDU");
            }
            return new Npdu(
                    network,
                    (control & 0x04) != 0,
                    control & 0x03,
                    dnet,
                    dadr,
                    snet,
                    sadr,
                    hopCount,
                    type,
                    vendor,
                    payload);
        }

        private static void checkNetwork(int net, String what) {
            if (net == 0) {
                throw new DecodeException(what + " 0 is not a valid network number");
            }
        }

        private static void checkSource(int snet, byte[] sadr) {
            checkNetwork(snet, "SNET");
            if (snet == GLOBAL_BROADCAST) {
                throw new DecodeException("SNET X'FFFF' is not a valid source network");
            }
            if (sadr.length == 0) {
                throw new DecodeException("SLEN 0 is invalid (clause 6.2.2)");
            }
        }
    }
}
