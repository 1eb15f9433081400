// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus.internal;

import io.objectbus.modbus.model.DataType;
import io.objectbus.modbus.model.Register;
import io.objectbus.modbus.model.WordOrder;

/**
 * Reads values out of the registers and bits a device answered, and makes the registers of a value to write.
 * Registers are big-endian (Modbus Application Protocol v1.1b3, clause 4.2); bits are packed least significant
 * first, the lowest address in bit 0 of the first byte (clause 6.1).
 */
public final class RegisterCodec {

    private RegisterCodec() {}

    /**
     * The value of a register entry in a block of registers read from {@code start}.
     *
     * @return a Long for the integer types, a Double for float32, a Boolean for a bit of a register
     * @throws IllegalArgumentException when the block does not hold the entry's registers
     */
    public static Object decodeRegisters(Register register, byte[] registers, int start) {
        int offset = 2 * (register.address() - start);
        if (offset < 0 || offset + 2 * register.type().registers() > registers.length) {
            throw new IllegalArgumentException("the answer holds " + registers.length / 2 + " registers from " + start
                    + ", not " + register.where());
        }
        int first = word(registers, offset);
        return switch (register.type()) {
            case int16 -> (long) (short) first;
            case uint16 -> (long) first;
            case bit -> ((first >> register.bit()) & 1) == 1;
            default -> wide(register.type(), register.wordOrder(), first, word(registers, offset + 2));
        };
    }

    /** The bit at {@code address} in packed bits read from {@code start} (clause 6.1). */
    public static boolean decodeBit(byte[] bits, int start, int address) {
        int index = address - start;
        if (index < 0 || index / 8 >= bits.length) {
            throw new IllegalArgumentException(
                    "the answer holds " + bits.length * 8 + " bits from " + start + ", not bit " + address);
        }
        return ((bits[index / 8] >> (index % 8)) & 1) == 1;
    }

    private static Object wide(DataType type, WordOrder order, int first, int second) {
        int high = order == WordOrder.big ? first : second;
        int low = order == WordOrder.big ? second : first;
        int bits = (high << 16) | low;
        return switch (type) {
            case int32 -> (long) bits;
            case uint32 -> bits & 0xFFFF_FFFFL;
            case float32 -> floatValue(Float.intBitsToFloat(bits));
            default -> throw new IllegalStateException(type + " is one register");
        };
    }

    /** The float as its shortest decimal, so that 21.5f reads 21.5 and 0.1f reads 0.1, not 0.10000000149. */
    private static double floatValue(float value) {
        return Float.isFinite(value) ? Double.parseDouble(Float.toString(value)) : value;
    }

    /**
     * The registers that hold {@code value} as the entry's type, big-endian each, in the entry's word order.
     *
     * @throws IllegalArgumentException when the value does not fit the type
     */
    public static byte[] encode(Register register, Number value) {
        DataType type = register.type();
        if (type == DataType.float32) {
            double d = value.doubleValue();
            if (!Double.isFinite(d) || Math.abs(d) > Float.MAX_VALUE) {
                throw new IllegalArgumentException(value + " does not fit a float32");
            }
            return words(Float.floatToIntBits((float) d), register.wordOrder());
        }
        long whole = whole(value, type);
        return type.registers() == 1
                ? new byte[] {(byte) (whole >> 8), (byte) whole}
                : words((int) whole, register.wordOrder());
    }

    private static long whole(Number value, DataType type) {
        double d = value.doubleValue();
        if (d != Math.rint(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException(value + " is not a whole number, as a " + type + " must be");
        }
        long whole = (long) d;
        long min = type == DataType.int16 ? Short.MIN_VALUE : type == DataType.int32 ? Integer.MIN_VALUE : 0;
        long max =
                switch (type) {
                    case int16 -> Short.MAX_VALUE;
                    case uint16 -> 0xFFFF;
                    case int32 -> Integer.MAX_VALUE;
                    default -> 0xFFFF_FFFFL;
                };
        if (whole < min || whole > max) {
            throw new IllegalArgumentException(value + " is outside [" + min + ", " + max + "] of a " + type);
        }
        return whole;
    }

    private static byte[] words(int bits, WordOrder order) {
        int high = bits >>> 16;
        int low = bits & 0xFFFF;
        int first = order == WordOrder.big ? high : low;
        int second = order == WordOrder.big ? low : high;
        return new byte[] {(byte) (first >> 8), (byte) first, (byte) (second >> 8), (byte) second};
    }

    private static int word(byte[] bytes, int offset) {
        return ((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF);
    }
}
