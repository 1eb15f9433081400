// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A decoded BACnet value: one of the thirteen application-tagged primitives (clause 20.2.2 to 20.2.14), or, for
 * constructed data the component does not interpret, a context-tagged primitive or a constructed (opening/closing
 * tag) group, kept lossless so that it can be written back.
 */
public sealed interface BacnetValue {

    /** The value as a plain Java object (Float, Long, Boolean, String, ...), for message bodies and logs. */
    Object toJava();

    /** Application tag 0, no content. Writing it to a priority slot relinquishes it. */
    record NullValue() implements BacnetValue {
        public static final NullValue INSTANCE = new NullValue();

        @Override
        public Object toJava() {
            return null;
        }
    }

    /** Application tag 1; the value sits in the tag's length field. */
    record BooleanValue(boolean value) implements BacnetValue {
        @Override
        public Object toJava() {
            return value;
        }
    }

    /** Application tag 2, 1..8 octets big-endian, non-negative. */
    record UnsignedValue(long value) implements BacnetValue {
        public UnsignedValue {
            if (value < 0) {
                throw new IllegalArgumentException("unsigned value must not be negative: " + value);
            }
        }

        @Override
        public Object toJava() {
            return value;
        }
    }

    /** Application tag 3, 1..8 octets two's complement. */
    record SignedValue(long value) implements BacnetValue {
        @Override
        public Object toJava() {
            return value;
        }
    }

    /** Application tag 4, IEEE-754 single precision, 4 octets. */
    record RealValue(float value) implements BacnetValue {
        @Override
        public Object toJava() {
            return value;
        }
    }

    /** Application tag 5, IEEE-754 double precision, 8 octets. */
    record DoubleValue(double value) implements BacnetValue {
        @Override
        public Object toJava() {
            return value;
        }
    }

    /** Application tag 6, any octets. */
    record OctetStringValue(byte[] value) implements BacnetValue {
        @Override
        public Object toJava() {
            return value.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof OctetStringValue other && Arrays.equals(value, other.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "OctetString[" + HexFormat.of().formatHex(value) + "]";
        }
    }

    /**
     * Application tag 7: a character-set octet then the text.
     *
     * @param charset {@link #UTF_8} (0) or {@link #ISO_8859_1} (5)
     */
    record CharacterStringValue(String value, int charset) implements BacnetValue {
        public static final int UTF_8 = 0;
        public static final int ISO_8859_1 = 5;

        public CharacterStringValue(String value) {
            this(value, UTF_8);
        }

        @Override
        public Object toJava() {
            return value;
        }
    }

    /** Application tag 8: bits in order, bit 0 first (status-flags: in-alarm, fault, overridden, out-of-service). */
    record BitStringValue(boolean[] bits) implements BacnetValue {
        /** Parses {@code "0110"}, bit 0 first. */
        public static BitStringValue of(String bits) {
            boolean[] values = new boolean[bits.length()];
            for (int i = 0; i < values.length; i++) {
                values[i] = bits.charAt(i) == '1';
            }
            return new BitStringValue(values);
        }

        public boolean get(int index) {
            return index < bits.length && bits[index];
        }

        @Override
        public Object toJava() {
            List<Boolean> list = new ArrayList<>(bits.length);
            for (boolean bit : bits) {
                list.add(bit);
            }
            return list;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BitStringValue other && Arrays.equals(bits, other.bits);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bits);
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("BitString[");
            for (boolean bit : bits) {
                text.append(bit ? '1' : '0');
            }
            return text.append(']').toString();
        }
    }

    /** Application tag 9, an enumeration value, encoded like Unsigned. */
    record EnumeratedValue(long value) implements BacnetValue {
        @Override
        public Object toJava() {
            return value;
        }
    }

    /**
     * Application tag 10, 4 octets: year - 1900, month, day, day of week (1 = Monday); 255 means unspecified.
     *
     * @param year full year (1900..2154) or 255 for unspecified
     */
    record DateValue(int year, int month, int day, int dayOfWeek) implements BacnetValue {
        @Override
        public Object toJava() {
            return toString();
        }
    }

    /** Application tag 11, 4 octets: hour, minute, second, hundredths; 255 means unspecified. */
    record TimeValue(int hour, int minute, int second, int hundredths) implements BacnetValue {
        @Override
        public Object toJava() {
            return toString();
        }
    }

    /** Application tag 12, 4 octets (see {@link ObjectIdentifier}). */
    record ObjectIdValue(ObjectIdentifier id) implements BacnetValue {
        @Override
        public Object toJava() {
            return id.toString();
        }
    }

    /** A context-tagged primitive whose type is known only to the enclosing production: kept as raw octets. */
    record ContextValue(int tag, byte[] data) implements BacnetValue {
        @Override
        public Object toJava() {
            return HexFormat.of().formatHex(data);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ContextValue other && tag == other.tag && Arrays.equals(data, other.data);
        }

        @Override
        public int hashCode() {
            return 31 * tag + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "[" + tag + "]" + HexFormat.of().formatHex(data);
        }
    }

    /** Values between an opening and a closing context tag (clause 20.2.1.3.2). */
    record Constructed(int tag, List<BacnetValue> values) implements BacnetValue {
        public Constructed {
            values = List.copyOf(values);
        }

        @Override
        public Object toJava() {
            return values.stream().map(BacnetValue::toJava).toList();
        }
    }
}
