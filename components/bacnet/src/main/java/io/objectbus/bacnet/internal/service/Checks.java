// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal.service;

import io.objectbus.bacnet.internal.ByteReader;
import io.objectbus.bacnet.internal.DecodeException;
import io.objectbus.bacnet.internal.Tag;
import io.objectbus.bacnet.internal.ValueCodec;

/** Small decoding helpers shared by the service records. */
final class Checks {
    private Checks() {}

    static void end(ByteReader in, String service) {
        if (in.hasRemaining()) {
            throw new DecodeException(in.remaining() + " unexpected octets at the end of " + service);
        }
    }

    static Integer optionalUnsigned(ByteReader in, int tag) {
        return ValueCodec.peekIs(in, Tag.Kind.CONTEXT, tag) ? toInt(ValueCodec.readUnsigned(in, tag)) : null;
    }

    static int property(ByteReader in, int tag) {
        return toInt(ValueCodec.readUnsigned(in, tag));
    }

    static int toInt(long value) {
        if (value > Integer.MAX_VALUE) {
            throw new DecodeException("value " + value + " out of range");
        }
        return (int) value;
    }
}
