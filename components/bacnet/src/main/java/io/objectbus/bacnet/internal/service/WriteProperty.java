// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal.service;

import io.objectbus.bacnet.internal.ByteReader;
import io.objectbus.bacnet.internal.ByteWriter;
import io.objectbus.bacnet.internal.ValueCodec;
import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.ObjectIdentifier;
import java.util.List;

/**
 * WriteProperty-Request (clause 15.9.1): object identifier (context tag 0), property identifier (context tag 1),
 * optional array index (context tag 2), the value between opening and closing context tag 3, and an optional
 * priority 1..16 (context tag 4, Unsigned). Writing NULL at a priority relinquishes that level (clause 19.2).
 *
 * @param priority null when absent (the device then uses priority 16)
 */
public record WriteProperty(
        ObjectIdentifier objectId, int property, Integer arrayIndex, List<BacnetValue> value, Integer priority) {
    public WriteProperty {
        value = List.copyOf(value);
    }

    /** Encodes and decodes the service parameters. */
    public static final class Serializer {
        private Serializer() {}

        public static byte[] encode(WriteProperty request) {
            ByteWriter out = new ByteWriter();
            ValueCodec.writeObjectId(out, 0, request.objectId());
            ValueCodec.writeUnsigned(out, 1, request.property());
            if (request.arrayIndex() != null) {
                ValueCodec.writeUnsigned(out, 2, request.arrayIndex());
            }
            ValueCodec.encodeConstructed(out, 3, request.value());
            if (request.priority() != null) {
                ValueCodec.writeUnsigned(out, 4, request.priority());
            }
            return out.toByteArray();
        }

        public static WriteProperty decode(byte[] data) {
            ByteReader in = new ByteReader(data);
            WriteProperty request = new WriteProperty(
                    ValueCodec.readObjectId(in, 0),
                    Checks.property(in, 1),
                    Checks.optionalUnsigned(in, 2),
                    ValueCodec.decodeConstructed(in, 3),
                    Checks.optionalUnsigned(in, 4));
            Checks.end(in, "WriteProperty-Request");
            return request;
        }
    }
}
