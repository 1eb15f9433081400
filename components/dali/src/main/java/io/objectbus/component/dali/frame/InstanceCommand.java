// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.frame;

/**
 * The 103 commands to control devices and instances this component uses (IEC 62386-103 Table 21 and 22; opcodes
 * as in python-dali's {@code dali.device.general}). Configuration commands are sent twice within 100 ms.
 */
public enum InstanceCommand {
    /** Device command: identify the device (blink, beep). */
    IDENTIFY_DEVICE(0x00, true, false),
    /** Device command: the device status bits (103 Table 15). */
    QUERY_DEVICE_STATUS(0x30, false, true),
    /** Device command: how many instances the device has. */
    QUERY_NUMBER_OF_INSTANCES(0x35, false, true),
    /** Instance command: set the event scheme from DTR0 (0 instance, 1 device, 2 device/instance, ...). */
    SET_EVENT_SCHEME(0x67, true, false),
    /** Instance command: enable the instance's events. */
    ENABLE_INSTANCE(0x62, true, false),
    /** Instance command: the instance type (1 push button, 3 occupancy, 4 light sensor, ...; 103 Table 4). */
    QUERY_INSTANCE_TYPE(0x80, false, true),
    /** Instance command: the instance's input value, most significant byte (103 clause 9.7.4). */
    QUERY_INPUT_VALUE(0x8C, false, true),
    /** Instance command: the next byte of the input value latched by QUERY INPUT VALUE. */
    QUERY_INPUT_VALUE_LATCH(0x8D, false, true);

    private final int opcode;
    private final boolean sendTwice;
    private final boolean answered;

    InstanceCommand(int opcode, boolean sendTwice, boolean answered) {
        this.opcode = opcode;
        this.sendTwice = sendTwice;
        this.answered = answered;
    }

    public int opcode() {
        return opcode;
    }

    public boolean sendTwice() {
        return sendTwice;
    }

    public boolean answered() {
        return answered;
    }
}
