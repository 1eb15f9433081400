// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal.service;

import io.objectbus.bacnet.internal.ByteReader;
import io.objectbus.bacnet.internal.ByteWriter;
import io.objectbus.bacnet.internal.ValueCodec;
import io.objectbus.bacnet.model.ObjectIdentifier;

/**
 * ReadProperty-Request (clause 15.5.1): object identifier (context tag 0, 4 octets), property identifier (context
 * tag 1, ENUMERATED) and an optional array index (context tag 2, Unsigned; 0 reads the array's length).
 *
 * @param arrayIndex null to read the whole property
 */
public record ReadProperty(ObjectIdentifier objectId, int property, Integer arrayIndex) {

    /** Encodes and decodes the service parameters. */
    public static final class Serializer {
        private Serializer() {}

        public static byte[] encode(ReadProperty request) {
            ByteWriter out = new ByteWriter();
            ValueCodec.writeObjectId(out, 0, request.objectId());
            ValueCodec.writeUnsigned(out, 1, request.property());
            if (request.arrayIndex() != null) {
                ValueCodec.writeUnsigned(out, 2, request.arrayIndex());
            }
            return out.toByteArray();
        }

        public static ReadProperty decode(byte[] data) {
            ByteReader in = new ByteReader(data);
            ReadProperty request = new ReadProperty(
                    ValueCodec.readObjectId(in, 0), Checks.property(in, 1), Checks.optionalUnsigned(in, 2));
            Checks.end(in, "ReadProperty-Request");
            return request;
        }
    }
}
