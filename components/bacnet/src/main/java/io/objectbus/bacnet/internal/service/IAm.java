// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal.service;

import io.objectbus.bacnet.internal.ByteReader;
import io.objectbus.bacnet.internal.ByteWriter;
import io.objectbus.bacnet.internal.DecodeException;
import io.objectbus.bacnet.internal.ValueCodec;
import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.BacnetValue.EnumeratedValue;
import io.objectbus.bacnet.model.BacnetValue.ObjectIdValue;
import io.objectbus.bacnet.model.BacnetValue.UnsignedValue;
import io.objectbus.bacnet.model.ObjectIdentifier;
import java.util.List;

/**
 * I-Am-Request (clause 16.10.2): four application-tagged values, the device's object identifier, its
 * max-APDU-length-accepted (Unsigned), segmentation-supported (ENUMERATED: 0 both, 1 transmit, 2 receive, 3 none)
 * and vendor identifier (Unsigned16).
 */
public record IAm(ObjectIdentifier device, int maxApdu, int segmentation, int vendorId) {
    public static final int SEGMENTATION_NONE = 3;

    /** Encodes and decodes the service parameters. */
    public static final class Serializer {
        private Serializer() {}

        public static byte[] encode(IAm iAm) {
            ByteWriter out = new ByteWriter();
            ValueCodec.encode(out, new ObjectIdValue(iAm.device()));
            ValueCodec.encode(out, new UnsignedValue(iAm.maxApdu()));
            ValueCodec.encode(out, new EnumeratedValue(iAm.segmentation()));
            ValueCodec.encode(out, new UnsignedValue(iAm.vendorId()));
            return out.toByteArray();
        }

        public static IAm decode(byte[] data) {
            List<BacnetValue> values = ValueCodec.decodeRest(new ByteReader(data));
            if (values.size() != 4
                    || !(values.get(0) instanceof ObjectIdValue device)
                    || !(values.get(1) instanceof UnsignedValue maxApdu)
                    || !(values.get(2) instanceof EnumeratedValue segmentation)
                    || !(values.get(3) instanceof UnsignedValue vendor)) {
                throw new DecodeException("I-Am needs object identifier, unsigned, enumerated, unsigned: " + values);
            }
            return new IAm(
                    device.id(),
                    Checks.toInt(maxApdu.value()),
                    Checks.toInt(segmentation.value()),
                    Checks.toInt(vendor.value()));
        }
    }
}
