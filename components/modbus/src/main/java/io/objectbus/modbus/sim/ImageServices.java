// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus.sim;

import com.digitalpetri.modbus.ExceptionCode;
import com.digitalpetri.modbus.FunctionCode;
import com.digitalpetri.modbus.exceptions.ModbusResponseException;
import com.digitalpetri.modbus.pdu.ReadCoilsRequest;
import com.digitalpetri.modbus.pdu.ReadCoilsResponse;
import com.digitalpetri.modbus.pdu.ReadDiscreteInputsRequest;
import com.digitalpetri.modbus.pdu.ReadDiscreteInputsResponse;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersResponse;
import com.digitalpetri.modbus.pdu.ReadInputRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadInputRegistersResponse;
import com.digitalpetri.modbus.pdu.WriteMultipleRegistersRequest;
import com.digitalpetri.modbus.pdu.WriteMultipleRegistersResponse;
import com.digitalpetri.modbus.pdu.WriteSingleCoilRequest;
import com.digitalpetri.modbus.pdu.WriteSingleCoilResponse;
import com.digitalpetri.modbus.pdu.WriteSingleRegisterRequest;
import com.digitalpetri.modbus.pdu.WriteSingleRegisterResponse;
import com.digitalpetri.modbus.server.ModbusRequestContext;
import com.digitalpetri.modbus.server.ModbusServices;
import java.util.function.BooleanSupplier;

/**
 * Answers requests from a {@link DeviceImage} as a device does: ILLEGAL_DATA_ADDRESS beyond its size, ILLEGAL_DATA_VALUE
 * for refused writes, and no answer at all while {@code silent} says so.
 */
final class ImageServices implements ModbusServices {

    private final DeviceImage image;
    private final BooleanSupplier silent;

    ImageServices(DeviceImage image, BooleanSupplier silent) {
        this.image = image;
        this.silent = silent;
    }

    @Override
    public ReadHoldingRegistersResponse readHoldingRegisters(
            ModbusRequestContext context, int unitId, ReadHoldingRegistersRequest request)
            throws ModbusResponseException {
        check(FunctionCode.READ_HOLDING_REGISTERS, request.address(), request.quantity());
        return new ReadHoldingRegistersResponse(image.registers(true, request.address(), request.quantity()));
    }

    @Override
    public ReadInputRegistersResponse readInputRegisters(
            ModbusRequestContext context, int unitId, ReadInputRegistersRequest request)
            throws ModbusResponseException {
        check(FunctionCode.READ_INPUT_REGISTERS, request.address(), request.quantity());
        return new ReadInputRegistersResponse(image.registers(false, request.address(), request.quantity()));
    }

    @Override
    public ReadCoilsResponse readCoils(ModbusRequestContext context, int unitId, ReadCoilsRequest request)
            throws ModbusResponseException {
        check(FunctionCode.READ_COILS, request.address(), request.quantity());
        return new ReadCoilsResponse(image.bits(true, request.address(), request.quantity()));
    }

    @Override
    public ReadDiscreteInputsResponse readDiscreteInputs(
            ModbusRequestContext context, int unitId, ReadDiscreteInputsRequest request)
            throws ModbusResponseException {
        check(FunctionCode.READ_DISCRETE_INPUTS, request.address(), request.quantity());
        return new ReadDiscreteInputsResponse(image.bits(false, request.address(), request.quantity()));
    }

    @Override
    public WriteSingleCoilResponse writeSingleCoil(
            ModbusRequestContext context, int unitId, WriteSingleCoilRequest request) throws ModbusResponseException {
        checkWrite(FunctionCode.WRITE_SINGLE_COIL, request.address(), 1);
        image.coil(request.address(), request.value() == 0xFF00);
        return new WriteSingleCoilResponse(request.address(), request.value());
    }

    @Override
    public WriteSingleRegisterResponse writeSingleRegister(
            ModbusRequestContext context, int unitId, WriteSingleRegisterRequest request)
            throws ModbusResponseException {
        checkWrite(FunctionCode.WRITE_SINGLE_REGISTER, request.address(), 1);
        image.holding(request.address(), request.value());
        return new WriteSingleRegisterResponse(request.address(), request.value());
    }

    @Override
    public WriteMultipleRegistersResponse writeMultipleRegisters(
            ModbusRequestContext context, int unitId, WriteMultipleRegistersRequest request)
            throws ModbusResponseException {
        checkWrite(FunctionCode.WRITE_MULTIPLE_REGISTERS, request.address(), request.quantity());
        byte[] values = request.values();
        for (int i = 0; i < request.quantity(); i++) {
            image.holding(request.address() + i, ((values[2 * i] & 0xFF) << 8) | (values[2 * i + 1] & 0xFF));
        }
        return new WriteMultipleRegistersResponse(request.address(), request.quantity());
    }

    private void checkWrite(FunctionCode function, int address, int quantity) throws ModbusResponseException {
        check(function, address, quantity);
        for (int i = 0; i < quantity; i++) {
            if (image.refusedWrites().contains(address + i)) {
                throw new ModbusResponseException(function, ExceptionCode.ILLEGAL_DATA_VALUE);
            }
        }
    }

    private void check(FunctionCode function, int address, int quantity) throws ModbusResponseException {
        waitWhileSilent();
        if (address < 0 || quantity < 1 || address + quantity > image.size()) {
            throw new ModbusResponseException(function, ExceptionCode.ILLEGAL_DATA_ADDRESS);
        }
    }

    /** A silent device keeps the request unanswered, for at most a minute. */
    private void waitWhileSilent() {
        long until = System.nanoTime() + 60_000_000_000L;
        while (silent.getAsBoolean() && System.nanoTime() < until) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
