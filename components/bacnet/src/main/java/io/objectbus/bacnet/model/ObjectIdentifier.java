// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.model;

/**
 * A BACnetObjectIdentifier (ASHRAE 135 clause 20.2.14): a 10-bit object type and a 22-bit instance number, 4 octets
 * on the wire.
 *
 * @param type     object type, 0..1023 (see {@link ObjectType})
 * @param instance instance number, 0..4194303 (4194303 is the wildcard instance)
 */
public record ObjectIdentifier(int type, int instance) {
    /** The largest instance number; as a device instance it means "any device" (clause 12.11.1). */
    public static final int MAX_INSTANCE = 0x3FFFFF;

    public ObjectIdentifier {
        if (type < 0 || type > 1023) {
            throw new IllegalArgumentException("object type out of range 0..1023: " + type);
        }
        if (instance < 0 || instance > MAX_INSTANCE) {
            throw new IllegalArgumentException("instance out of range 0..4194303: " + instance);
        }
    }

    /** The identifier of device {@code instance}. */
    public static ObjectIdentifier device(int instance) {
        return new ObjectIdentifier(ObjectType.DEVICE, instance);
    }

    /** The 32-bit wire form: type in the upper 10 bits, instance in the lower 22. */
    public int toInt() {
        return (type << 22) | instance;
    }

    /** Decodes the 32-bit wire form. */
    public static ObjectIdentifier fromInt(int raw) {
        return new ObjectIdentifier((raw >>> 22) & 0x3FF, raw & MAX_INSTANCE);
    }

    /** Parses {@code analog-input:5}, {@code analogInput:5}, {@code AI:5} or {@code 0:5}. */
    public static ObjectIdentifier parse(String text) {
        int colon = text.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("expected type:instance, got " + text);
        }
        return new ObjectIdentifier(
                ObjectType.parse(text.substring(0, colon)),
                Integer.parseInt(text.substring(colon + 1).trim()));
    }

    @Override
    public String toString() {
        return ObjectType.name(type) + ":" + instance;
    }
}
