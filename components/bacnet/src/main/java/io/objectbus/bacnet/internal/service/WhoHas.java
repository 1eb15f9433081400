// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal.service;

import io.objectbus.bacnet.internal.ByteReader;
import io.objectbus.bacnet.internal.ByteWriter;
import io.objectbus.bacnet.internal.DecodeException;
import io.objectbus.bacnet.internal.Tag;
import io.objectbus.bacnet.internal.ValueCodec;
import io.objectbus.bacnet.model.ObjectIdentifier;

/**
 * Who-Has-Request (clause 16.9.1): an optional device instance range (context tags 0 and 1), then either the
 * object identifier (context tag 2) or the object name (context tag 3, CharacterString).
 *
 * @param low        lowest device instance, or -1 for all
 * @param high       highest device instance, or -1 for all
 * @param objectId   the object looked for, or null when looking by name
 * @param objectName the name looked for, or null when looking by identifier
 */
public record WhoHas(int low, int high, ObjectIdentifier objectId, String objectName) {

    public boolean matchesDevice(int instance) {
        return low < 0 || (instance >= low && instance <= high);
    }

    /** Encodes and decodes the service parameters. */
    public static final class Serializer {
        private Serializer() {}

        public static byte[] encode(WhoHas whoHas) {
            ByteWriter out = new ByteWriter();
            if (whoHas.low() >= 0) {
                ValueCodec.writeUnsigned(out, 0, whoHas.low());
                ValueCodec.writeUnsigned(out, 1, whoHas.high());
            }
            if (whoHas.objectId() != null) {
                ValueCodec.writeObjectId(out, 2, whoHas.objectId());
            } else {
                ValueCodec.writeCharacterString(out, 3, whoHas.objectName());
            }
            return out.toByteArray();
        }

        public static WhoHas decode(byte[] data) {
            ByteReader in = new ByteReader(data);
            int low = -1;
            int high = -1;
            if (ValueCodec.peekIs(in, Tag.Kind.CONTEXT, 0)) {
                low = Checks.toInt(ValueCodec.readUnsigned(in, 0));
                high = Checks.toInt(ValueCodec.readUnsigned(in, 1));
            }
            WhoHas whoHas;
            if (ValueCodec.peekIs(in, Tag.Kind.CONTEXT, 2)) {
                whoHas = new WhoHas(low, high, ValueCodec.readObjectId(in, 2), null);
            } else if (ValueCodec.peekIs(in, Tag.Kind.CONTEXT, 3)) {
                whoHas = new WhoHas(low, high, null, ValueCodec.readCharacterString(in, 3));
            } else {
                throw new DecodeException("Who-Has without object identifier or object name");
            }
            Checks.end(in, "Who-Has");
            return whoHas;
        }
    }
}
