// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus.internal;

import com.digitalpetri.modbus.client.ModbusClient;
import com.digitalpetri.modbus.pdu.ReadCoilsRequest;
import com.digitalpetri.modbus.pdu.ReadDiscreteInputsRequest;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadInputRegistersRequest;
import io.objectbus.modbus.model.ModbusReading;
import io.objectbus.modbus.model.Register;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads one block with the function code of its table and decodes each entry it holds. */
final class BlockReader {

    private final ModbusClient client;
    private final int unitId;
    private final Clock clock;

    BlockReader(ModbusClient client, int unitId, Clock clock) {
        this.client = client;
        this.unitId = unitId;
        this.clock = clock;
    }

    /** @throws Exception the library's: a Modbus exception response, a timeout, or a lost connection */
    List<ModbusReading> read(Block block) throws Exception {
        byte[] data = request(block);
        Instant now = clock.instant();
        List<ModbusReading> readings = new ArrayList<>(block.registers().size());
        for (Register register : block.registers()) {
            readings.add(decode(block, register, data, now));
        }
        return readings;
    }

    private byte[] request(Block block) throws Exception {
        return switch (block.table()) {
            case holding ->
                client.readHoldingRegisters(unitId, new ReadHoldingRegistersRequest(block.start(), block.count()))
                        .registers();
            case input ->
                client.readInputRegisters(unitId, new ReadInputRegistersRequest(block.start(), block.count()))
                        .registers();
            case coil ->
                client.readCoils(unitId, new ReadCoilsRequest(block.start(), block.count()))
                        .coils();
            case discrete ->
                client.readDiscreteInputs(unitId, new ReadDiscreteInputsRequest(block.start(), block.count()))
                        .inputs();
        };
    }

    /** A short answer fails only the entries it does not hold. */
    private static ModbusReading decode(Block block, Register register, byte[] data, Instant now) {
        try {
            Object value = block.table().bits()
                    ? RegisterCodec.decodeBit(data, block.start(), register.address())
                    : RegisterCodec.decodeRegisters(register, data, block.start());
            return ModbusReading.of(register, value, now);
        } catch (IllegalArgumentException e) {
            return ModbusReading.failed(register, e.getMessage(), now);
        }
    }
}
