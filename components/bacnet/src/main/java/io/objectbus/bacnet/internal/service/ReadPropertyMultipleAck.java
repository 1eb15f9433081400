// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal.service;

import io.objectbus.bacnet.internal.ByteReader;
import io.objectbus.bacnet.internal.ByteWriter;
import io.objectbus.bacnet.internal.DecodeException;
import io.objectbus.bacnet.internal.Tag;
import io.objectbus.bacnet.internal.ValueCodec;
import io.objectbus.bacnet.model.BacnetError;
import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.BacnetValue.EnumeratedValue;
import io.objectbus.bacnet.model.ObjectIdentifier;
import java.util.ArrayList;
import java.util.List;

/**
 * ReadPropertyMultiple-ACK (clause 15.7.1.3): a list of ReadAccessResult, each an object identifier (context tag
 * 0) and, between opening and closing context tag 1, results: property identifier (context tag 2), optional array
 * index (context tag 3), then either the value inside context tag 4 or the error (class, code) inside context tag 5.
 */
public record ReadPropertyMultipleAck(List<ObjectResult> results) {
    public ReadPropertyMultipleAck {
        results = List.copyOf(results);
    }

    /** One property's outcome: a value, or an error. */
    public record Result(int property, Integer arrayIndex, List<BacnetValue> value, BacnetError error) {
        public static Result value(int property, Integer arrayIndex, List<BacnetValue> value) {
            return new Result(property, arrayIndex, List.copyOf(value), null);
        }

        public static Result error(int property, Integer arrayIndex, BacnetError error) {
            return new Result(property, arrayIndex, List.of(), error);
        }
    }

    /** A ReadAccessResult. */
    public record ObjectResult(ObjectIdentifier objectId, List<Result> results) {
        public ObjectResult {
            results = List.copyOf(results);
        }
    }

    /** Encodes and decodes the service parameters. */
    public static final class Serializer {
        private Serializer() {}

        public static byte[] encode(ReadPropertyMultipleAck ack) {
            ByteWriter out = new ByteWriter();
            for (ObjectResult object : ack.results()) {
                ValueCodec.writeObjectId(out, 0, object.objectId());
                Tag.Serializer.encode(out, Tag.opening(1));
                object.results().forEach(result -> encodeResult(out, result));
                Tag.Serializer.encode(out, Tag.closing(1));
            }
            return out.toByteArray();
        }

        private static void encodeResult(ByteWriter out, Result result) {
            ValueCodec.writeUnsigned(out, 2, result.property());
            if (result.arrayIndex() != null) {
                ValueCodec.writeUnsigned(out, 3, result.arrayIndex());
            }
            if (result.error() == null) {
                ValueCodec.encodeConstructed(out, 4, result.value());
            } else {
                ValueCodec.encodeConstructed(
                        out,
                        5,
                        List.of(
                                new EnumeratedValue(result.error().errorClass()),
                                new EnumeratedValue(result.error().errorCode())));
            }
        }

        public static ReadPropertyMultipleAck decode(byte[] data) {
            ByteReader in = new ByteReader(data);
            List<ObjectResult> objects = new ArrayList<>();
            while (in.hasRemaining()) {
                ObjectIdentifier object = ValueCodec.readObjectId(in, 0);
                ValueCodec.expect(in, Tag.Kind.OPENING, 1);
                objects.add(new ObjectResult(object, results(in)));
            }
            return new ReadPropertyMultipleAck(objects);
        }

        private static List<Result> results(ByteReader in) {
            List<Result> results = new ArrayList<>();
            while (!ValueCodec.peekIs(in, Tag.Kind.CLOSING, 1)) {
                int property = Checks.property(in, 2);
                Integer index = Checks.optionalUnsigned(in, 3);
                if (ValueCodec.peekIs(in, Tag.Kind.OPENING, 4)) {
                    results.add(Result.value(property, index, ValueCodec.decodeConstructed(in, 4)));
                } else {
                    results.add(Result.error(property, index, error(ValueCodec.decodeConstructed(in, 5))));
                }
            }
            in.u8();
            return results;
        }

        private static BacnetError error(List<BacnetValue> values) {
            if (values.size() != 2
                    || !(values.get(0) instanceof EnumeratedValue errorClass)
                    || !(values.get(1) instanceof EnumeratedValue errorCode)) {
                throw new DecodeException("property access error needs two ENUMERATED values: " + values);
            }
            return new BacnetError(Checks.toInt(errorClass.value()), Checks.toInt(errorCode.value()));
        }
    }
}
