// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal.service;

import io.objectbus.bacnet.internal.ByteReader;
import io.objectbus.bacnet.internal.ByteWriter;
import io.objectbus.bacnet.internal.ValueCodec;
import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.ObjectIdentifier;
import java.util.List;

/**
 * ReadProperty-ACK (clause 15.5.1.3): object identifier (context tag 0), property identifier (context tag 1),
 * optional array index (context tag 2), then the value between opening and closing context tag 3.
 */
public record ReadPropertyAck(ObjectIdentifier objectId, int property, Integer arrayIndex, List<BacnetValue> value) {
    public ReadPropertyAck {
        value = List.copyOf(value);
    }

    /** Encodes and decodes the service parameters. */
    public static final class Serializer {
        private Serializer() {}

        public static byte[] encode(ReadPropertyAck ack) {
            ByteWriter out = new ByteWriter();
            ValueCodec.writeObjectId(out, 0, ack.objectId());
            ValueCodec.writeUnsigned(out, 1, ack.property());
            if (ack.arrayIndex() != null) {
                ValueCodec.writeUnsigned(out, 2, ack.arrayIndex());
            }
            ValueCodec.encodeConstructed(out, 3, ack.value());
            return out.toByteArray();
        }

        public static ReadPropertyAck decode(byte[] data) {
            ByteReader in = new ByteReader(data);
            ReadPropertyAck ack = new ReadPropertyAck(
                    ValueCodec.readObjectId(in, 0),
                    Checks.property(in, 1),
                    Checks.optionalUnsigned(in, 2),
                    ValueCodec.decodeConstructed(in, 3));
            Checks.end(in, "ReadProperty-ACK");
            return ack;
        }
    }
}
