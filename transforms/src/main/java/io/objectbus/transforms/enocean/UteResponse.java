// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import io.objectbus.component.enocean.frame.Rorg;
import java.util.Optional;

/**
 * A UTE teach-in response (EEP 2.6, clause 3.4), sent by the gateway to the device that asked, addressed to its ID:
 * DB6.7 communication, DB6.5..4 result, DB6.3..0 command = 1; DB5..DB0 as in the query.
 *
 * @param bidirectional whether the teach-in is bidirectional
 * @param result        the outcome
 * @param channels      channels, 0xFF for all
 * @param manufacturer  manufacturer ID, 0..2047
 * @param eep           the device's profile
 */
public record UteResponse(boolean bidirectional, Result result, int channels, int manufacturer, EepId eep) {

    /** The result of DB6.5..4. */
    public enum Result {
        REJECTED,
        TEACH_IN_ACCEPTED,
        DELETION_ACCEPTED,
        EEP_NOT_SUPPORTED
    }

    /** Converts between UTE responses and their 7 data bytes. */
    public static final class Serializer {

        private Serializer() {}

        public static EepData encode(UteResponse r) {
            int db6 = (r.bidirectional ? 0x80 : 0) | (r.result.ordinal() << 4) | 0x01;
            return new EepData(Rorg.UTE, UteTeachIn.Serializer.body(db6, r.channels, r.manufacturer, r.eep), 0);
        }

        /** The response in UTE data, empty when the data is not a 7-byte teach-in response. */
        public static Optional<UteResponse> decode(byte[] data) {
            if (data.length != UteTeachIn.LENGTH || (data[0] & 0x0F) != 1) {
                return Optional.empty();
            }
            return Optional.of(new UteResponse(
                    (data[0] & 0x80) != 0,
                    Result.values()[(data[0] >> 4) & 0x03],
                    data[1] & 0xFF,
                    UteTeachIn.Serializer.manufacturer(data),
                    UteTeachIn.Serializer.eep(data)));
        }
    }
}
