// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.opcua;

import io.objectbus.model.Quality;
import io.objectbus.opcua.model.UaStatus;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;

/**
 * Quality between OPC UA status codes and the bus: the severity bits (Part 4 clause 7.39) give good, uncertain or bad;
 * the code's symbolic name travels as the reason.
 */
public final class OpcUaQuality {

    private OpcUaQuality() {}

    public static Quality quality(StatusCode code) {
        if (code.isGood()) {
            return Quality.GOOD;
        }
        return code.isUncertain() ? Quality.UNCERTAIN : Quality.BAD;
    }

    /** The reason for a quality other than good: the code's name and value; null for good. */
    public static String reason(StatusCode code) {
        return code.isGood() ? null : describe(code);
    }

    /** {@code Bad_OutOfRange (0x803C0000)}. */
    public static String describe(StatusCode code) {
        return UaStatus.describe(code);
    }

    /** The symbolic name, e.g. {@code Bad_OutOfRange}, or the hexadecimal value of a code Milo does not know. */
    public static String name(StatusCode code) {
        return UaStatus.name(code);
    }

    /** The status code the bus's quality is served with: stale is the last usable value (Part 4 clause 7.39). */
    public static StatusCode statusCode(Quality quality) {
        return switch (quality) {
            case GOOD -> StatusCode.GOOD;
            case UNCERTAIN -> StatusCode.UNCERTAIN;
            case BAD -> StatusCode.BAD;
            case STALE -> new StatusCode(StatusCodes.Uncertain_LastUsableValue);
        };
    }
}
