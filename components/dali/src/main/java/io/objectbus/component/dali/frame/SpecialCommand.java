// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.frame;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The special commands, IEC 62386-102 clause 11.2 (Table 16): received by all control gear, the first byte the
 * command (101xxxx1 or 110xxxx1), the second its data. INITIALISE and RANDOMISE must be sent twice within 100 ms;
 * COMPARE, VERIFY SHORT ADDRESS, QUERY SHORT ADDRESS and WRITE MEMORY LOCATION are answered.
 */
public enum SpecialCommand {
    TERMINATE(0xA1, false, false),
    DTR0(0xA3, false, false),
    INITIALISE(0xA5, true, false),
    RANDOMISE(0xA7, true, false),
    COMPARE(0xA9, false, true),
    WITHDRAW(0xAB, false, false),
    PING(0xAD, false, false),
    SEARCHADDRH(0xB1, false, false),
    SEARCHADDRM(0xB3, false, false),
    SEARCHADDRL(0xB5, false, false),
    PROGRAM_SHORT_ADDRESS(0xB7, false, false),
    VERIFY_SHORT_ADDRESS(0xB9, false, true),
    QUERY_SHORT_ADDRESS(0xBB, false, true),
    ENABLE_DEVICE_TYPE(0xC1, false, false),
    DTR1(0xC3, false, false),
    DTR2(0xC5, false, false),
    WRITE_MEMORY_LOCATION(0xC7, false, true),
    WRITE_MEMORY_LOCATION_NO_REPLY(0xC9, false, false);

    /** INITIALISE data: all gear (102 clause 11.2.3). */
    public static final int INITIALISE_ALL = 0x00;

    /** INITIALISE data: only gear without a short address. */
    public static final int INITIALISE_UNADDRESSED = 0xFF;

    private final int code;
    private final boolean sendTwice;
    private final boolean answered;

    SpecialCommand(int code, boolean sendTwice, boolean answered) {
        this.code = code;
        this.sendTwice = sendTwice;
        this.answered = answered;
    }

    public int code() {
        return code;
    }

    public boolean sendTwice() {
        return sendTwice;
    }

    public boolean answered() {
        return answered;
    }

    public static Optional<SpecialCommand> fromCode(int code) {
        return Arrays.stream(values()).filter(c -> c.code == code).findFirst();
    }

    /** Parses a command name, case-insensitive, with '-' or ' ' for '_'. */
    public static SpecialCommand parse(String name) {
        try {
            return valueOf(
                    name.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown DALI special command '" + name + "'");
        }
    }
}
