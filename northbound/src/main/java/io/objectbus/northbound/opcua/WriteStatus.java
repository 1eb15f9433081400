// SPDX-License-Identifier: Apache-2.0
package io.objectbus.northbound.opcua;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.milo.opcua.stack.core.StatusCodes;

/** The status code for a write the bus refused or a device failed, from the bus's reason (Part 4 clause 7.39). */
final class WriteStatus {

    private static final Pattern CODE = Pattern.compile("\\((0x8[0-9A-Fa-f]{7})\\)");

    private WriteStatus() {}

    /** The bus refused the value before any device saw it. */
    static long rejected(String reason) {
        if (reason.contains("outside") || reason.contains("is not one of")) {
            return StatusCodes.Bad_OutOfRange;
        } else if (reason.contains("expected")) {
            return StatusCodes.Bad_TypeMismatch;
        } else if (reason.contains("not writable")) {
            return StatusCodes.Bad_NotWritable;
        } else if (reason.contains("unknown")) {
            return StatusCodes.Bad_NodeIdUnknown;
        }
        return StatusCodes.Bad_InvalidArgument;
    }

    /** The device did not take the value: its own OPC UA code where the reason carries one. */
    static long failed(String reason) {
        Matcher code = CODE.matcher(reason);
        return code.find() ? Long.parseLong(code.group(1).substring(2), 16) : StatusCodes.Bad_DeviceFailure;
    }
}
