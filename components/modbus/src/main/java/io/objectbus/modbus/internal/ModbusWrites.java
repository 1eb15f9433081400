// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus.internal;

import com.digitalpetri.modbus.client.ModbusClient;
import com.digitalpetri.modbus.pdu.WriteMultipleRegistersRequest;
import com.digitalpetri.modbus.pdu.WriteSingleCoilRequest;
import com.digitalpetri.modbus.pdu.WriteSingleRegisterRequest;
import io.objectbus.modbus.model.Register;
import io.objectbus.modbus.model.Table;

/**
 * Writes one entry: a coil with function 05, one register with 06, two with 16 (Modbus Application Protocol v1.1b3,
 * clauses 6.5, 6.6, 6.12).
 */
final class ModbusWrites {

    private ModbusWrites() {}

    /** @throws Exception the library's: a Modbus exception response, a timeout, or a lost connection */
    static void write(ModbusClient client, int unitId, Register register, Object value) throws Exception {
        if (!register.writable()) {
            throw new IllegalArgumentException(register.name() + " (" + register.where() + ") is not writable");
        }
        if (register.table() == Table.coil) {
            client.writeSingleCoil(unitId, new WriteSingleCoilRequest(register.address(), bool(register, value)));
            return;
        }
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException(register.name() + " takes a number, not " + value);
        }
        byte[] words = RegisterCodec.encode(register, number);
        if (words.length == 2) {
            int word = ((words[0] & 0xFF) << 8) | (words[1] & 0xFF);
            client.writeSingleRegister(unitId, new WriteSingleRegisterRequest(register.address(), word));
        } else {
            client.writeMultipleRegisters(
                    unitId, new WriteMultipleRegistersRequest(register.address(), words.length / 2, words));
        }
    }

    private static boolean bool(Register register, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n && (n.doubleValue() == 0 || n.doubleValue() == 1)) {
            return n.doubleValue() == 1;
        }
        throw new IllegalArgumentException(register.name() + " is a coil: it takes true or false, not " + value);
    }
}
