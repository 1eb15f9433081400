// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal;

import io.objectbus.bacnet.internal.Apdu.Abort;
import io.objectbus.bacnet.internal.Apdu.ComplexAck;
import io.objectbus.bacnet.internal.Apdu.ConfirmedRequest;
import io.objectbus.bacnet.internal.Apdu.Error;
import io.objectbus.bacnet.internal.Apdu.Reject;
import io.objectbus.bacnet.internal.Apdu.SegmentAck;
import io.objectbus.bacnet.internal.Apdu.SimpleAck;
import io.objectbus.bacnet.internal.Apdu.UnconfirmedRequest;
import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.BacnetValue.EnumeratedValue;

/** The octet layouts documented on each {@link Apdu} record. */
final class ApduEncoding {
    private ApduEncoding() {}

    static void encode(ByteWriter out, Apdu apdu) {
        if (apdu instanceof ConfirmedRequest r) {
            out.u8(flags(0x00, r.segmented(), r.moreFollows()) | (r.segmentedResponseAccepted() ? 0x02 : 0));
            out.u8((r.maxSegments() & 0x07) << 4 | Apdu.maxApduCode(r.maxApdu()))
                    .u8(r.invokeId());
            if (r.segmented()) {
                out.u8(r.sequenceNumber()).u8(r.proposedWindowSize());
            }
            out.u8(r.serviceChoice()).bytes(r.service());
        } else if (apdu instanceof UnconfirmedRequest r) {
            out.u8(0x10).u8(r.serviceChoice()).bytes(r.service());
        } else if (apdu instanceof SimpleAck a) {
            out.u8(0x20).u8(a.invokeId()).u8(a.serviceChoice());
        } else if (apdu instanceof ComplexAck a) {
            out.u8(flags(0x30, a.segmented(), a.moreFollows())).u8(a.invokeId());
            if (a.segmented()) {
                out.u8(a.sequenceNumber()).u8(a.proposedWindowSize());
            }
            out.u8(a.serviceChoice()).bytes(a.service());
        } else {
            encodeNegative(out, apdu);
        }
    }

    private static void encodeNegative(ByteWriter out, Apdu apdu) {
        if (apdu instanceof SegmentAck s) {
            out.u8(0x40 | (s.negative() ? 0x02 : 0) | (s.server() ? 0x01 : 0));
            out.u8(s.invokeId()).u8(s.sequenceNumber()).u8(s.windowSize());
        } else if (apdu instanceof Error e) {
            out.u8(0x50).u8(e.invokeId()).u8(e.serviceChoice());
            ValueCodec.encode(out, new EnumeratedValue(e.errorClass()));
            ValueCodec.encode(out, new EnumeratedValue(e.errorCode()));
        } else if (apdu instanceof Reject r) {
            out.u8(0x60).u8(r.invokeId()).u8(r.reason());
        } else if (apdu instanceof Abort a) {
            out.u8(0x70 | (a.server() ? 0x01 : 0)).u8(a.invokeId()).u8(a.reason());
        }
    }

    private static int flags(int type, boolean segmented, boolean moreFollows) {
        return type | (segmented ? 0x08 : 0) | (moreFollows ? 0x04 : 0);
    }

    static Apdu decode(ByteReader in) {
        int first = in.u8();
        return switch (first >>> 4) {
            case 0 -> confirmedRequest(in, first);
            case 1 -> new UnconfirmedRequest(in.u8(), in.rest());
            case 2 -> exactly(in, new SimpleAck(in.u8(), in.u8()));
            case 3 -> complexAck(in, first);
            case 4 -> exactly(in, new SegmentAck((first & 0x02) != 0, (first & 0x01) != 0, in.u8(), in.u8(), in.u8()));
            case 5 -> error(in);
            case 6 -> exactly(in, new Reject(in.u8(), in.u8()));
            case 7 -> exactly(in, new Abort((first & 0x01) != 0, in.u8(), in.u8()));
            default -> throw new DecodeException("reserved APDU type " + (first >>> 4));
        };
    }

    private static ConfirmedRequest confirmedRequest(ByteReader in, int first) {
        boolean segmented = (first & 0x08) != 0;
        int sizes = in.u8();
        int maxApduCode = sizes & 0x0F;
        if (maxApduCode >= Apdu.MAX_APDU_SIZES.length) {
            throw new DecodeException("reserved max-APDU-length-accepted code " + maxApduCode);
        }
        int invokeId = in.u8();
        int sequence = segmented ? in.u8() : 0;
        int window = segmented ? in.u8() : 0;
        return new ConfirmedRequest(
                segmented,
                (first & 0x04) != 0,
                (first & 0x02) != 0,
                (sizes >>> 4) & 0x07,
                Apdu.MAX_APDU_SIZES[maxApduCode],
                invokeId,
                sequence,
                window,
                in.u8(),
                in.rest());
    }

    private static ComplexAck complexAck(ByteReader in, int first) {
        boolean segmented = (first & 0x08) != 0;
        int invokeId = in.u8();
        int sequence = segmented ? in.u8() : 0;
        int window = segmented ? in.u8() : 0;
        return new ComplexAck(segmented, (first & 0x04) != 0, invokeId, sequence, window, in.u8(), in.rest());
    }

    /** Error class and code, bare or wrapped in context tag 0 as some services' errors are (clause 21). */
    private static Error error(ByteReader in) {
        int invokeId = in.u8();
        int service = in.u8();
        boolean wrapped = ValueCodec.peekIs(in, Tag.Kind.OPENING, 0);
        if (wrapped) {
            in.u8();
        }
        int errorClass = enumerated(ValueCodec.decode(in), "error class");
        int errorCode = enumerated(ValueCodec.decode(in), "error code");
        return new Error(invokeId, service, errorClass, errorCode);
    }

    private static int enumerated(BacnetValue value, String what) {
        if (value instanceof EnumeratedValue e && e.value() <= Integer.MAX_VALUE) {
            return (int) e.value();
        }
        throw new DecodeException(what + " is not an ENUMERATED value: " + value);
    }

    private static <T extends Apdu> T exactly(ByteReader in, T apdu) {
        if (in.hasRemaining()) {
            throw new DecodeException(in.remaining() + " unexpected octets after "
                    + apdu.getClass().getSimpleName());
        }
        return apdu;
    }
}
