// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus.model;

/**
 * A write of one register map entry: the raw value as the device holds it.
 *
 * @param register the entry's name
 * @param value a Number for register types, a Boolean for bits
 * @param target what the write is for, for messages ({@code object/resource})
 */
public record ModbusWrite(String register, Object value, String target) {}
