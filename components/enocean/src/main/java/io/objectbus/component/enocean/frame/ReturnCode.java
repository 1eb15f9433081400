// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.frame;

/** Return codes of a RESPONSE packet (ESP3 clause 2.2.2, "List of Return Codes"). */
public enum ReturnCode {
    RET_OK(0x00),
    RET_ERROR(0x01),
    RET_NOT_SUPPORTED(0x02),
    RET_WRONG_PARAM(0x03),
    RET_OPERATION_DENIED(0x04),
    RET_LOCK_SET(0x05),
    RET_BUFFER_TO_SMALL(0x06),
    RET_NO_FREE_BUFFER(0x07),
    /** Any code this implementation does not know (0x08..0xFF, including the command-specific 0x80+). */
    UNKNOWN(-1);

    private final int code;

    ReturnCode(int code) {
        this.code = code;
    }

    /** The byte on the wire, -1 for {@link #UNKNOWN}. */
    public int code() {
        return code;
    }

    /** The return code for a byte value. */
    public static ReturnCode of(int code) {
        for (ReturnCode rc : values()) {
            if (rc.code == code) {
                return rc;
            }
        }
        return UNKNOWN;
    }
}
