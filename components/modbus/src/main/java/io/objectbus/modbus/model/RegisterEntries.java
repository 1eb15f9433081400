// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus.model;

import java.util.Arrays;
import java.util.Map;

/** Reads and checks the protocol keys of one register map entry. */
final class RegisterEntries {

    private RegisterEntries() {}

    static Register read(Map<?, ?> map, Map<String, Object> meaning) {
        String name = text(map, "name", null);
        if (name == null || !RegisterMap.namePattern().matcher(name).matches()) {
            throw new IllegalArgumentException("needs a name of letters, digits, - and _ (got " + name + ")");
        }
        Table table = choice(Table.class, text(map, "table", null), "table");
        int address = integer(map, "address", -1);
        if (address < 0 || address > 65535) {
            throw new IllegalArgumentException("needs an address from 0 to 65535 (got " + map.get("address") + ")");
        }
        DataType type = choice(DataType.class, text(map, "type", table.bits() ? "bit" : "uint16"), "type");
        WordOrder order = choice(WordOrder.class, text(map, "wordOrder", "big"), "wordOrder");
        int bit = bit(map, table, type);
        boolean writable = Boolean.parseBoolean(text(map, "writable", "false"));
        check(table, type, bit, writable, address);
        return new Register(name, table, address, type, order, bit, writable, meaning);
    }

    private static int bit(Map<?, ?> map, Table table, DataType type) {
        if (table.bits() || type != DataType.bit) {
            if (map.containsKey("bit")) {
                throw new IllegalArgumentException("bit is for type bit in a holding or input register");
            }
            return -1;
        }
        int bit = integer(map, "bit", -1);
        if (bit < 0 || bit > 15) {
            throw new IllegalArgumentException(
                    "type bit in a register needs bit: 0 to 15 (got " + map.get("bit") + ")");
        }
        return bit;
    }

    private static void check(Table table, DataType type, int bit, boolean writable, int address) {
        if (table.bits() && type != DataType.bit) {
            throw new IllegalArgumentException("a " + table + " is a bit: type bit (got " + type + ")");
        }
        if (writable && !table.writable()) {
            throw new IllegalArgumentException("a " + table + " cannot be written: writable is for holding and coil");
        }
        if (writable && bit >= 0) {
            throw new IllegalArgumentException("a bit of a register cannot be written on its own; map it as a coil");
        }
        if (address + type.registers() > 65536 && !table.bits()) {
            throw new IllegalArgumentException("a " + type + " at " + address + " runs past register 65535");
        }
    }

    private static String text(Map<?, ?> map, String key, String fallback) {
        Object value = map.get(key);
        return value == null ? fallback : value.toString().trim();
    }

    private static int integer(Map<?, ?> map, String key, int fallback) {
        Object value = map.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.decode(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number (got " + value + ")");
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String key) {
        if (value == null) {
            throw new IllegalArgumentException("needs a " + key + ": " + names(type));
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " must be one of " + names(type) + " (got " + value + ")");
        }
    }

    private static String names(Class<? extends Enum<?>> type) {
        return String.join(
                ", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
