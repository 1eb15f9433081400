// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua.model;

import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;

/** Status codes (OPC UA Part 4 clause 7.39) as people read them: symbolic name and value. */
public final class UaStatus {

    private UaStatus() {}

    /** {@code Bad_OutOfRange (0x803C0000)}. */
    public static String describe(StatusCode code) {
        return name(code) + String.format(" (0x%08X)", code.value());
    }

    /** The symbolic name, e.g. {@code Bad_OutOfRange}, or the hexadecimal value of a code Milo does not know. */
    public static String name(StatusCode code) {
        return StatusCodes.lookup(code.value())
                .map(nameAndDescription -> nameAndDescription[0])
                .orElse(String.format("0x%08X", code.value()));
    }
}
