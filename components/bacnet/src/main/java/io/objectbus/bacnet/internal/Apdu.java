// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal;

/**
 * Application layer PDUs (ASHRAE 135 clause 20.1). The first octet carries the PDU type in bits 7..4 and per-type
 * flags in bits 3..0. Service parameters stay encoded in {@code service}; the service records decode them.
 */
public sealed interface Apdu {
    /** Max-APDU-length-accepted codes B'0000'..B'0101' (clause 20.1.2.5), in octets. */
    int[] MAX_APDU_SIZES = {50, 128, 206, 480, 1024, 1476};

    /**
     * BACnet-Confirmed-Request-PDU (20.1.2), type 0. Octets: type/SEG/MOR/SA (1); max segments (bits 6..4) and max
     * APDU (bits 3..0) (1); invoke id (1); if segmented, sequence number (1) and proposed window size (1); service
     * choice (1); service request.
     */
    record ConfirmedRequest(
            boolean segmented,
            boolean moreFollows,
            boolean segmentedResponseAccepted,
            int maxSegments,
            int maxApdu,
            int invokeId,
            int sequenceNumber,
            int proposedWindowSize,
            int serviceChoice,
            byte[] service)
            implements Apdu {
        /** An unsegmented request that accepts no segmented response. */
        public static ConfirmedRequest of(int invokeId, int maxApdu, int serviceChoice, byte[] service) {
            return new ConfirmedRequest(false, false, false, 0, maxApdu, invokeId, 0, 0, serviceChoice, service);
        }
    }

    /** BACnet-Unconfirmed-Request-PDU (20.1.3), type 1: X'10', service choice (1), service request. */
    record UnconfirmedRequest(int serviceChoice, byte[] service) implements Apdu {}

    /** BACnet-SimpleACK-PDU (20.1.4), type 2: X'20', invoke id (1), service ACK choice (1). */
    record SimpleAck(int invokeId, int serviceChoice) implements Apdu {}

    /**
     * BACnet-ComplexACK-PDU (20.1.5), type 3: type/SEG/MOR (1), invoke id (1), if segmented sequence number (1) and
     * proposed window size (1), service ACK choice (1), service ACK.
     */
    record ComplexAck(
            boolean segmented,
            boolean moreFollows,
            int invokeId,
            int sequenceNumber,
            int proposedWindowSize,
            int serviceChoice,
            byte[] service)
            implements Apdu {
        public static ComplexAck of(int invokeId, int serviceChoice, byte[] service) {
            return new ComplexAck(false, false, invokeId, 0, 0, serviceChoice, service);
        }
    }

    /**
     * BACnet-SegmentACK-PDU (20.1.6), type 4: type/NAK/SRV (1), invoke id (1), sequence number (1), actual window
     * size (1).
     */
    record SegmentAck(boolean negative, boolean server, int invokeId, int sequenceNumber, int windowSize)
            implements Apdu {}

    /**
     * BACnet-Error-PDU (20.1.7), type 5: X'50', invoke id (1), service choice (1), then the error: an error class
     * and an error code, both application-tagged ENUMERATED (possibly inside context tag 0 for services whose
     * error is a sequence).
     */
    record Error(int invokeId, int serviceChoice, int errorClass, int errorCode) implements Apdu {}

    /** BACnet-Reject-PDU (20.1.8), type 6: X'60', invoke id (1), reject reason (1). */
    record Reject(int invokeId, int reason) implements Apdu {}

    /** BACnet-Abort-PDU (20.1.9), type 7: type/SRV (1), invoke id (1), abort reason (1). */
    record Abort(boolean server, int invokeId, int reason) implements Apdu {}

    /** The code of the largest standard size that does not exceed {@code octets}. */
    static int maxApduCode(int octets) {
        int code = 0;
        while (code + 1 < MAX_APDU_SIZES.length && MAX_APDU_SIZES[code + 1] <= octets) {
            code++;
        }
        return code;
    }

    /** Encodes and decodes APDUs. */
    final class Serializer {
        private Serializer() {}

        public static byte[] encode(Apdu apdu) {
            ByteWriter out = new ByteWriter();
            ApduEncoding.encode(out, apdu);
            return out.toByteArray();
        }

        public static Apdu decode(byte[] data) {
            return ApduEncoding.decode(new ByteReader(data));
        }
    }
}
