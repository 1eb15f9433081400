// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import io.objectbus.component.enocean.frame.Rorg;
import java.util.Optional;

/**
 * A UTE (Universal Teach-in with EEP, RORG D4) query, as VLD devices send it (EEP 2.6, clause 3.4 "UTE"):
 *
 * <pre>
 * DB6.7      communication    0 unidirectional, 1 bidirectional
 * DB6.6      response         0 EEP teach-in response expected, 1 no response expected
 * DB6.5..4   request          0 teach-in, 1 deletion, 2 teach-in or deletion
 * DB6.3..0   command          0 = teach-in query
 * DB5        channels         number of channels to teach in, 0xFF = all
 * DB4        manufacturer     LSB (8 bits)
 * DB3.2..0   manufacturer     MSB (3 bits)
 * DB2        TYPE, DB1 FUNC, DB0 RORG of the EEP
 * </pre>
 *
 * @param bidirectional    whether the device takes commands
 * @param responseExpected whether the device waits for a {@link UteResponse}
 * @param request          what the device asks for
 * @param channels         channels, 0xFF for all
 * @param manufacturer     manufacturer ID, 0..2047
 * @param eep              the device's profile
 */
public record UteTeachIn(
        boolean bidirectional, boolean responseExpected, Request request, int channels, int manufacturer, EepId eep) {

    /** The request type of DB6.5..4. */
    public enum Request {
        TEACH_IN,
        DELETION,
        TEACH_IN_OR_DELETION
    }

    /** The data length of UTE telegrams. */
    public static final int LENGTH = 7;

    /** The response the gateway sends back, echoing channels, manufacturer and EEP. */
    public UteResponse respond(UteResponse.Result result) {
        return new UteResponse(bidirectional, result, channels, manufacturer, eep);
    }

    /** Converts between UTE queries and their 7 data bytes. */
    public static final class Serializer {

        private Serializer() {}

        public static EepData encode(UteTeachIn t) {
            int db6 = (t.bidirectional ? 0x80 : 0) | (t.responseExpected ? 0 : 0x40) | (t.request.ordinal() << 4);
            return new EepData(Rorg.UTE, body(db6, t.channels, t.manufacturer, t.eep), 0);
        }

        /** The query in UTE data, empty when the data is not a 7-byte teach-in query with a known request. */
        public static Optional<UteTeachIn> decode(byte[] data) {
            if (data.length != LENGTH || (data[0] & 0x0F) != 0 || ((data[0] >> 4) & 0x03) == 3) {
                return Optional.empty();
            }
            return Optional.of(new UteTeachIn(
                    (data[0] & 0x80) != 0,
                    (data[0] & 0x40) == 0,
                    Request.values()[(data[0] >> 4) & 0x03],
                    data[1] & 0xFF,
                    manufacturer(data),
                    eep(data)));
        }

        static byte[] body(int db6, int channels, int manufacturer, EepId eep) {
            return new byte[] {
                (byte) db6,
                (byte) channels,
                (byte) manufacturer,
                (byte) ((manufacturer >> 8) & 0x07),
                (byte) eep.type(),
                (byte) eep.func(),
                (byte) eep.rorg()
            };
        }

        static int manufacturer(byte[] data) {
            return ((data[3] & 0x07) << 8) | (data[2] & 0xFF);
        }

        static EepId eep(byte[] data) {
            return new EepId(data[6] & 0xFF, data[5] & 0xFF, data[4] & 0xFF);
        }
    }
}
