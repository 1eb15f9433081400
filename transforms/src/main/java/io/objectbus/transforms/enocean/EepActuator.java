// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import java.util.List;

/**
 * A profile whose devices take commands from the gateway: D2-01 switches and dimmers, A5-20-01 valves, A5-38-08
 * central command receivers.
 */
public interface EepActuator extends EepProfile {

    /** The command names this profile encodes. */
    List<String> commands();

    /**
     * The telegram content of a command.
     *
     * @throws EepException when the command or an argument is unknown or out of range
     */
    EepData encodeCommand(Command command);

    /** Decodes a command telegram (gateway to device), e.g. to check what a controller sent. */
    EepResult decodeCommand(byte[] data);

    /**
     * The command that writes one resource value, e.g. {@code output1 = 50} on a D2-01 device is "set output of
     * channel 1 to 50 %".
     *
     * @throws EepException when the resource is not writable or the value does not fit
     */
    Command commandFor(String resource, Object value);
}
