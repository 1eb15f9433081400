// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.frame;

import java.util.Optional;

/** Common command codes (ESP3 clause 2.5, "List of COMMON_COMMAND codes"); the first data byte of the packet. */
public enum CommonCommandCode {
    CO_WR_SLEEP(1),
    CO_WR_RESET(2),
    CO_RD_VERSION(3),
    CO_RD_SYS_LOG(4),
    CO_WR_SYS_LOG(5),
    CO_WR_BIST(6),
    CO_WR_IDBASE(7),
    CO_RD_IDBASE(8),
    CO_WR_REPEATER(9),
    CO_RD_REPEATER(10),
    CO_WR_FILTER_ADD(11),
    CO_WR_FILTER_DEL(12),
    CO_WR_FILTER_DEL_ALL(13),
    CO_WR_FILTER_ENABLE(14),
    CO_RD_FILTER(15),
    CO_WR_WAIT_MATURITY(16),
    CO_WR_SUBTEL(17),
    CO_WR_MEM(18),
    CO_RD_MEM(19),
    CO_RD_MEM_ADDRESS(20),
    CO_RD_SECURITY(21),
    CO_WR_SECURITY(22),
    CO_WR_LEARNMODE(23),
    CO_RD_LEARNMODE(24);

    private final int code;

    CommonCommandCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<CommonCommandCode> of(int code) {
        for (CommonCommandCode c : values()) {
            if (c.code == code) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
