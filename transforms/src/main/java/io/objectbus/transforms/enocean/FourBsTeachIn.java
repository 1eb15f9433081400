// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import io.objectbus.component.enocean.frame.Rorg;
import java.util.Optional;

/**
 * A 4BS teach-in telegram (EEP 2.6, clause 3.3 "4BS Teach-In"):
 *
 * <pre>
 * DB3.7..2   FUNC            6 bits
 * DB3.1..DB2.3 TYPE          7 bits
 * DB2.2..DB1.0 manufacturer 11 bits
 * DB0.7      LRN type        1 = variation 2, with EEP; 0 = variation 1, profile known by configuration only
 * DB0.6      EEP result      bidirectional response: 1 = EEP supported
 * DB0.5      LRN result      bidirectional response: 1 = sender ID stored
 * DB0.4      LRN status      0 = query, 1 = response
 * DB0.3      LRN bit         0 = teach-in telegram
 * </pre>
 *
 * @param func         FUNC, 0..63
 * @param type         TYPE, 0..127
 * @param manufacturer manufacturer ID, 0..2047
 * @param withProfile  whether FUNC, TYPE and manufacturer are present (variation 2)
 * @param response     whether this is a bidirectional teach-in response
 * @param accepted     in a response: EEP supported and sender ID stored
 */
public record FourBsTeachIn(
        int func, int type, int manufacturer, boolean withProfile, boolean response, boolean accepted) {

    public FourBsTeachIn {
        if (func < 0 || func > 0x3F || type < 0 || type > 0x7F || manufacturer < 0 || manufacturer > 0x7FF) {
            throw new EepException(
                    "4BS teach-in out of range: FUNC " + func + ", TYPE " + type + ", manufacturer " + manufacturer);
        }
    }

    /** A unidirectional teach-in query with profile, as a sensor sends it. */
    public static FourBsTeachIn query(EepId eep, int manufacturer) {
        return new FourBsTeachIn(eep.func(), eep.type(), manufacturer, true, false, false);
    }

    /** The profile announced, when the telegram carries one. */
    public Optional<EepId> eep() {
        return withProfile ? Optional.of(new EepId(Rorg.BS4, func, type)) : Optional.empty();
    }

    /** The bidirectional teach-in response to this query, sent back to the device. */
    public FourBsTeachIn respond(boolean accept) {
        return new FourBsTeachIn(func, type, manufacturer, true, true, accept);
    }

    /** Converts between 4BS teach-in records and their 4 data bytes. */
    public static final class Serializer {

        private Serializer() {}

        public static EepData encode(FourBsTeachIn t) {
            byte[] d = new byte[4];
            Bits.set(d, 0, 6, t.func);
            Bits.set(d, 6, 7, t.type);
            Bits.set(d, 13, 11, t.manufacturer);
            int db0 = (t.withProfile ? 0x80 : 0) | (t.response ? 0x10 : 0) | (t.response && t.accepted ? 0x60 : 0);
            d[3] = (byte) db0;
            return new EepData(Rorg.BS4, d, 0);
        }

        /** The teach-in in 4BS data, empty when the data is not a 4BS teach-in telegram (LRN bit set). */
        public static Optional<FourBsTeachIn> decode(byte[] data) {
            if (!TeachIn.isTeachIn(Rorg.BS4, data)) {
                return Optional.empty();
            }
            boolean withProfile = (data[3] & 0x80) != 0;
            boolean response = (data[3] & 0x10) != 0;
            boolean accepted = (data[3] & 0x60) == 0x60;
            return Optional.of(new FourBsTeachIn(
                    (int) Bits.get(data, 0, 6),
                    (int) Bits.get(data, 6, 7),
                    (int) Bits.get(data, 13, 11),
                    withProfile,
                    response,
                    accepted));
        }
    }
}
