// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal.service;

import io.objectbus.bacnet.internal.ByteReader;
import io.objectbus.bacnet.internal.ByteWriter;
import io.objectbus.bacnet.internal.DecodeException;
import io.objectbus.bacnet.internal.ValueCodec;

/**
 * Who-Is-Request (clause 16.10.1): optional device instance range, low limit context tag 0 and high limit context
 * tag 1 (Unsigned 0..4194303), both present or both absent.
 *
 * @param low  the lowest instance that should answer, or -1 for all devices
 * @param high the highest instance that should answer, or -1 for all devices
 */
public record WhoIs(int low, int high) {
    public static final WhoIs ALL = new WhoIs(-1, -1);

    public boolean matches(int instance) {
        return low < 0 || (instance >= low && instance <= high);
    }

    /** Encodes and decodes the service parameters. */
    public static final class Serializer {
        private Serializer() {}

        public static byte[] encode(WhoIs whoIs) {
            ByteWriter out = new ByteWriter();
            if (whoIs.low() >= 0) {
                ValueCodec.writeUnsigned(out, 0, whoIs.low());
                ValueCodec.writeUnsigned(out, 1, whoIs.high());
            }
            return out.toByteArray();
        }

        public static WhoIs decode(byte[] data) {
            ByteReader in = new ByteReader(data);
            if (!in.hasRemaining()) {
                return ALL;
            }
            int low = Checks.toInt(ValueCodec.readUnsigned(in, 0));
            int high = Checks.toInt(ValueCodec.readUnsigned(in, 1));
            Checks.end(in, "Who-Is");
            if (low > high) {
                throw new DecodeException("Who-Is low limit " + low + " above high limit " + high);
            }
            return new WhoIs(low, high);
        }
    }
}
