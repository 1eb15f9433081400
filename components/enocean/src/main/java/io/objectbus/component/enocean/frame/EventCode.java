// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.frame;

/** Event codes of EVENT packets (ESP3 clause 2.4, "List of EVENT codes"). */
public enum EventCode {
    SA_RECLAIM_NOT_SUCCESSFUL(0x01),
    SA_CONFIRM_LEARN(0x02),
    SA_LEARN_ACK(0x03),
    CO_READY(0x04),
    CO_EVENT_SECUREDEVICES(0x05),
    CO_DUTYCYCLE_LIMIT(0x06),
    CO_TRANSMIT_FAILED(0x07),
    CO_TX_DONE(0x08),
    CO_LRN_MODE_DISABLED(0x09),
    UNKNOWN(-1);

    private final int code;

    EventCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static EventCode of(int code) {
        for (EventCode e : values()) {
            if (e.code == code) {
                return e;
            }
        }
        return UNKNOWN;
    }
}
