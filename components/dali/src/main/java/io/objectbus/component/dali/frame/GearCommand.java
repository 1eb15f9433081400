// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.frame;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The standard commands to control gear, IEC 62386-102 clause 11 (Table 15): the second byte of an addressed forward
 * frame whose selector bit is 1. Commands with an index (scenes, groups) take 16 consecutive opcodes. Configuration
 * commands (opcodes 0x20..0x81) take effect only when the same frame arrives twice within 100 ms (clause 9.3); queries
 * are answered with an 8-bit backward frame.
 */
public enum GearCommand {
    OFF(0x00),
    UP(0x01),
    DOWN(0x02),
    STEP_UP(0x03),
    STEP_DOWN(0x04),
    RECALL_MAX_LEVEL(0x05),
    RECALL_MIN_LEVEL(0x06),
    STEP_DOWN_AND_OFF(0x07),
    ON_AND_STEP_UP(0x08),
    ENABLE_DAPC_SEQUENCE(0x09),
    GO_TO_LAST_ACTIVE_LEVEL(0x0A),
    GO_TO_SCENE(0x10, 16),
    RESET(0x20),
    STORE_ACTUAL_LEVEL_IN_DTR0(0x21),
    SAVE_PERSISTENT_VARIABLES(0x22),
    SET_OPERATING_MODE(0x23),
    RESET_MEMORY_BANK(0x24),
    IDENTIFY_DEVICE(0x25),
    SET_MAX_LEVEL(0x2A),
    SET_MIN_LEVEL(0x2B),
    SET_SYSTEM_FAILURE_LEVEL(0x2C),
    SET_POWER_ON_LEVEL(0x2D),
    SET_FADE_TIME(0x2E),
    SET_FADE_RATE(0x2F),
    SET_EXTENDED_FADE_TIME(0x30),
    SET_SCENE(0x40, 16),
    REMOVE_FROM_SCENE(0x50, 16),
    ADD_TO_GROUP(0x60, 16),
    REMOVE_FROM_GROUP(0x70, 16),
    SET_SHORT_ADDRESS(0x80),
    ENABLE_WRITE_MEMORY(0x81),
    QUERY_STATUS(0x90),
    QUERY_CONTROL_GEAR_PRESENT(0x91),
    QUERY_LAMP_FAILURE(0x92),
    QUERY_LAMP_POWER_ON(0x93),
    QUERY_LIMIT_ERROR(0x94),
    QUERY_RESET_STATE(0x95),
    QUERY_MISSING_SHORT_ADDRESS(0x96),
    QUERY_VERSION_NUMBER(0x97),
    QUERY_CONTENT_DTR0(0x98),
    QUERY_DEVICE_TYPE(0x99),
    QUERY_PHYSICAL_MINIMUM(0x9A),
    QUERY_POWER_FAILURE(0x9B),
    QUERY_CONTENT_DTR1(0x9C),
    QUERY_CONTENT_DTR2(0x9D),
    QUERY_OPERATING_MODE(0x9E),
    QUERY_LIGHT_SOURCE_TYPE(0x9F),
    QUERY_ACTUAL_LEVEL(0xA0),
    QUERY_MAX_LEVEL(0xA1),
    QUERY_MIN_LEVEL(0xA2),
    QUERY_POWER_ON_LEVEL(0xA3),
    QUERY_SYSTEM_FAILURE_LEVEL(0xA4),
    QUERY_FADE_TIME_FADE_RATE(0xA5),
    QUERY_MANUFACTURER_SPECIFIC_MODE(0xA6),
    QUERY_NEXT_DEVICE_TYPE(0xA7),
    QUERY_EXTENDED_FADE_TIME(0xA8),
    QUERY_CONTROL_GEAR_FAILURE(0xAA),
    QUERY_SCENE_LEVEL(0xB0, 16),
    QUERY_GROUPS_0_7(0xC0),
    QUERY_GROUPS_8_15(0xC1),
    QUERY_RANDOM_ADDRESS_H(0xC2),
    QUERY_RANDOM_ADDRESS_M(0xC3),
    QUERY_RANDOM_ADDRESS_L(0xC4),
    READ_MEMORY_LOCATION(0xC5);

    private final int opcode;
    private final int indices;

    GearCommand(int opcode) {
        this(opcode, 1);
    }

    GearCommand(int opcode, int indices) {
        this.opcode = opcode;
        this.indices = indices;
    }

    /** The opcode of index {@code index} (a scene or group 0..15; 0 for commands without index). */
    public int opcode(int index) {
        if (index < 0 || index >= indices) {
            throw new IllegalArgumentException(name() + " takes an index 0.." + (indices - 1) + ", got " + index);
        }
        return opcode + index;
    }

    public boolean indexed() {
        return indices > 1;
    }

    /** Configuration commands take effect only when received twice within 100 ms (102 clause 9.3). */
    public boolean sendTwice() {
        return opcode >= 0x20 && opcode <= 0x81;
    }

    /** Queries (and READ MEMORY LOCATION) are answered with a backward frame, or not at all for "no". */
    public boolean answered() {
        return opcode >= 0x90;
    }

    /** The command of an opcode with its index, or empty for a reserved opcode. */
    public static Optional<Indexed> fromOpcode(int opcode) {
        return Arrays.stream(values())
                .filter(c -> opcode >= c.opcode && opcode < c.opcode + c.indices)
                .findFirst()
                .map(c -> new Indexed(c, opcode - c.opcode));
    }

    /** Parses a command name, case-insensitive, with '-' or ' ' for '_'. */
    public static GearCommand parse(String name) {
        try {
            return valueOf(
                    name.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown DALI command '" + name + "'");
        }
    }

    /** A command with its index. */
    public record Indexed(GearCommand command, int index) {}
}
