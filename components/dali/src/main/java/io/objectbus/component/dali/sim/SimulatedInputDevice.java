// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.sim;

import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.InstanceCommand;
import java.util.List;

/**
 * One simulated control device (IEC 62386-103) with input instances: types (1 push button, 3 occupancy, 4 light
 * sensor) and their 16-bit input values. Its events go out through the simulator ({@link SimulatedBus#emit}).
 */
public final class SimulatedInputDevice {

    private final int shortAddress;
    private final List<Integer> instanceTypes;
    private final int[] inputValues;
    private volatile int latch;

    public SimulatedInputDevice(int shortAddress, List<Integer> instanceTypes) {
        this.shortAddress = shortAddress;
        this.instanceTypes = List.copyOf(instanceTypes);
        this.inputValues = new int[instanceTypes.size()];
    }

    public int shortAddress() {
        return shortAddress;
    }

    public List<Integer> instanceTypes() {
        return instanceTypes;
    }

    /** Sets an instance's input value (16 bits: occupancy 0 vacant, 0xFFFF occupied; light the illuminance). */
    public void setInputValue(int instance, int value) {
        inputValues[instance] = value & 0xFFFF;
    }

    BackwardFrame command(int instance, int opcode) {
        if (instance == 0xFE) {
            return opcode == InstanceCommand.QUERY_NUMBER_OF_INSTANCES.opcode()
                    ? BackwardFrame.answer(instanceTypes.size())
                    : opcode == InstanceCommand.QUERY_DEVICE_STATUS.opcode()
                            ? BackwardFrame.answer(0)
                            : BackwardFrame.none();
        }
        if (instance >= instanceTypes.size()) {
            return BackwardFrame.none();
        }
        if (opcode == InstanceCommand.QUERY_INSTANCE_TYPE.opcode()) {
            return BackwardFrame.answer(instanceTypes.get(instance));
        }
        if (opcode == InstanceCommand.QUERY_INPUT_VALUE.opcode()) {
            latch = inputValues[instance] & 0xFF;
            return BackwardFrame.answer(inputValues[instance] >> 8);
        }
        if (opcode == InstanceCommand.QUERY_INPUT_VALUE_LATCH.opcode()) {
            return BackwardFrame.answer(latch);
        }
        return BackwardFrame.none();
    }
}
