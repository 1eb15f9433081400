// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus.model;

/**
 * The order of the two registers of a 32-bit value. Each register is big-endian on the wire (Modbus Application
 * Protocol v1.1b3, clause 4.2); the standard says nothing of values wider than a register, so devices differ.
 */
public enum WordOrder {
    /** High word first, at the lower address ("ABCD"): most devices. */
    big,
    /** Low word first, at the lower address ("CDAB"). */
    little
}
