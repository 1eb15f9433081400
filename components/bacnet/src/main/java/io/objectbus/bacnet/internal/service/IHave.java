// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal.service;

import io.objectbus.bacnet.internal.ByteReader;
import io.objectbus.bacnet.internal.ByteWriter;
import io.objectbus.bacnet.internal.DecodeException;
import io.objectbus.bacnet.internal.ValueCodec;
import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.BacnetValue.CharacterStringValue;
import io.objectbus.bacnet.model.BacnetValue.ObjectIdValue;
import io.objectbus.bacnet.model.ObjectIdentifier;
import java.util.List;

/**
 * I-Have-Request (clause 16.9.2): three application-tagged values, the device identifier, the object identifier
 * and the object name (CharacterString).
 */
public record IHave(ObjectIdentifier device, ObjectIdentifier objectId, String objectName) {

    /** Encodes and decodes the service parameters. */
    public static final class Serializer {
        private Serializer() {}

        public static byte[] encode(IHave iHave) {
            ByteWriter out = new ByteWriter();
            ValueCodec.encode(out, new ObjectIdValue(iHave.device()));
            ValueCodec.encode(out, new ObjectIdValue(iHave.objectId()));
            ValueCodec.encode(out, new CharacterStringValue(iHave.objectName()));
            return out.toByteArray();
        }

        public static IHave decode(byte[] data) {
            List<BacnetValue> values = ValueCodec.decodeRest(new ByteReader(data));
            if (values.size() != 3
                    || !(values.get(0) instanceof ObjectIdValue device)
                    || !(values.get(1) instanceof ObjectIdValue object)
                    || !(values.get(2) instanceof CharacterStringValue name)) {
                throw new DecodeException("I-Have needs two object identifiers and a character string: " + values);
            }
            return new IHave(device.id(), object.id(), name.value());
        }
    }
}
