// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal.service;

import io.objectbus.bacnet.internal.ByteReader;
import io.objectbus.bacnet.internal.ByteWriter;
import io.objectbus.bacnet.internal.Tag;
import io.objectbus.bacnet.internal.ValueCodec;
import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.ObjectIdentifier;
import java.util.ArrayList;
import java.util.List;

/**
 * ConfirmedCOVNotification-Request (clause 13.6.1) and UnconfirmedCOVNotification-Request (clause 13.7.1), which
 * share one layout: subscriber process identifier (context tag 0), initiating device (context tag 1), monitored
 * object (context tag 2), time remaining in seconds (context tag 3), and inside context tag 4 a list of
 * BACnetPropertyValue: property identifier (context 0), optional array index (context 1), the value inside
 * context tag 2, optional priority (context 3).
 */
public record CovNotification(
        long processId, ObjectIdentifier device, ObjectIdentifier objectId, long timeRemaining, List<Value> values) {
    public CovNotification {
        values = List.copyOf(values);
    }

    /** A BACnetPropertyValue. */
    public record Value(int property, Integer arrayIndex, List<BacnetValue> value, Integer priority) {
        public Value {
            value = List.copyOf(value);
        }

        public static Value of(int property, BacnetValue value) {
            return new Value(property, null, List.of(value), null);
        }
    }

    /** Encodes and decodes the service parameters. */
    public static final class Serializer {
        private Serializer() {}

        public static byte[] encode(CovNotification notification) {
            ByteWriter out = new ByteWriter();
            ValueCodec.writeUnsigned(out, 0, notification.processId());
            ValueCodec.writeObjectId(out, 1, notification.device());
            ValueCodec.writeObjectId(out, 2, notification.objectId());
            ValueCodec.writeUnsigned(out, 3, notification.timeRemaining());
            Tag.Serializer.encode(out, Tag.opening(4));
            notification.values().forEach(value -> encodeValue(out, value));
            Tag.Serializer.encode(out, Tag.closing(4));
            return out.toByteArray();
        }

        private static void encodeValue(ByteWriter out, Value value) {
            ValueCodec.writeUnsigned(out, 0, value.property());
            if (value.arrayIndex() != null) {
                ValueCodec.writeUnsigned(out, 1, value.arrayIndex());
            }
            ValueCodec.encodeConstructed(out, 2, value.value());
            if (value.priority() != null) {
                ValueCodec.writeUnsigned(out, 3, value.priority());
            }
        }

        public static CovNotification decode(byte[] data) {
            ByteReader in = new ByteReader(data);
            long process = ValueCodec.readUnsigned(in, 0);
            ObjectIdentifier device = ValueCodec.readObjectId(in, 1);
            ObjectIdentifier object = ValueCodec.readObjectId(in, 2);
            long remaining = ValueCodec.readUnsigned(in, 3);
            ValueCodec.expect(in, Tag.Kind.OPENING, 4);
            List<Value> values = new ArrayList<>();
            while (!ValueCodec.peekIs(in, Tag.Kind.CLOSING, 4)) {
                values.add(new Value(
                        Checks.property(in, 0),
                        Checks.optionalUnsigned(in, 1),
                        ValueCodec.decodeConstructed(in, 2),
                        Checks.optionalUnsigned(in, 3)));
            }
            in.u8();
            Checks.end(in, "COV notification");
            return new CovNotification(process, device, object, remaining, values);
        }
    }
}
