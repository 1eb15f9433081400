// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal.service;

import io.objectbus.bacnet.internal.ByteReader;
import io.objectbus.bacnet.internal.ByteWriter;
import io.objectbus.bacnet.internal.DecodeException;
import io.objectbus.bacnet.internal.Tag;
import io.objectbus.bacnet.internal.ValueCodec;
import io.objectbus.bacnet.model.ObjectIdentifier;
import java.util.ArrayList;
import java.util.List;

/**
 * ReadPropertyMultiple-Request (clause 15.7.1): a list of ReadAccessSpecification, each an object identifier
 * (context tag 0) and, between opening and closing context tag 1, BACnetPropertyReferences: property identifier
 * (context tag 0) and optional array index (context tag 1).
 */
public record ReadPropertyMultiple(List<Spec> specs) {
    public ReadPropertyMultiple {
        specs = List.copyOf(specs);
    }

    /** A BACnetPropertyReference; {@code arrayIndex} null for the whole property. */
    public record Reference(int property, Integer arrayIndex) {}

    /** A ReadAccessSpecification. */
    public record Spec(ObjectIdentifier objectId, List<Reference> references) {
        public Spec {
            references = List.copyOf(references);
        }
    }

    /** Encodes and decodes the service parameters. */
    public static final class Serializer {
        private Serializer() {}

        public static byte[] encode(ReadPropertyMultiple request) {
            ByteWriter out = new ByteWriter();
            for (Spec spec : request.specs()) {
                ValueCodec.writeObjectId(out, 0, spec.objectId());
                Tag.Serializer.encode(out, Tag.opening(1));
                for (Reference reference : spec.references()) {
                    ValueCodec.writeUnsigned(out, 0, reference.property());
                    if (reference.arrayIndex() != null) {
                        ValueCodec.writeUnsigned(out, 1, reference.arrayIndex());
                    }
                }
                Tag.Serializer.encode(out, Tag.closing(1));
            }
            return out.toByteArray();
        }

        public static ReadPropertyMultiple decode(byte[] data) {
            ByteReader in = new ByteReader(data);
            List<Spec> specs = new ArrayList<>();
            do {
                ObjectIdentifier object = ValueCodec.readObjectId(in, 0);
                ValueCodec.expect(in, Tag.Kind.OPENING, 1);
                specs.add(new Spec(object, references(in)));
            } while (in.hasRemaining());
            return new ReadPropertyMultiple(specs);
        }

        private static List<Reference> references(ByteReader in) {
            List<Reference> references = new ArrayList<>();
            while (!ValueCodec.peekIs(in, Tag.Kind.CLOSING, 1)) {
                references.add(new Reference(Checks.property(in, 0), Checks.optionalUnsigned(in, 1)));
            }
            in.u8();
            if (references.isEmpty()) {
                throw new DecodeException("ReadAccessSpecification without property references");
            }
            return references;
        }
    }
}
