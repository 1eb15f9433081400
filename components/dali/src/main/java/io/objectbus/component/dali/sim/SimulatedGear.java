// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.sim;

import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.GearCommand;
import java.util.Arrays;

/**
 * One simulated control gear (IEC 62386-102): arc power level within min/max, groups, scenes, a short address (or
 * none, to be commissioned), a random address for the search, and the state variables queries report.
 */
public final class SimulatedGear {

    private static final int MASK = 255;

    private volatile int shortAddress;
    private volatile int level;
    private volatile int minLevel = 1;
    private volatile int maxLevel = 254;
    private volatile int groups;
    private final int[] scenes = new int[16];
    private volatile int randomAddress;
    private volatile int deviceType = 6;
    private volatile boolean lampFailure;
    private volatile boolean initialising;
    private volatile boolean withdrawn;

    /** Gear at a short address (0..63), or -1 for gear without one. */
    public SimulatedGear(int shortAddress, int randomAddress) {
        this.shortAddress = shortAddress;
        this.randomAddress = randomAddress & 0xFFFFFF;
        Arrays.fill(scenes, MASK);
    }

    public int shortAddress() {
        return shortAddress;
    }

    public int level() {
        return level;
    }

    public int groups() {
        return groups;
    }

    public int randomAddress() {
        return randomAddress;
    }

    public SimulatedGear withLevel(int arc) {
        level = arc;
        return this;
    }

    public SimulatedGear withLimits(int min, int max) {
        minLevel = min;
        maxLevel = max;
        return this;
    }

    public SimulatedGear inGroups(int... numbers) {
        for (int g : numbers) {
            groups |= 1 << g;
        }
        return this;
    }

    public SimulatedGear withScene(int scene, int arc) {
        scenes[scene] = arc;
        return this;
    }

    public SimulatedGear withDeviceType(int type) {
        deviceType = type;
        return this;
    }

    public void setLampFailure(boolean failed) {
        lampFailure = failed;
    }

    boolean inGroup(int group) {
        return (groups & 1 << group) != 0;
    }

    /** Direct arc power: 0 off, else clamped to min..max; MASK changes nothing (102 clause 9.4). */
    void dapc(int arc) {
        if (arc == MASK) {
            return;
        }
        level = arc == 0 ? 0 : Math.max(minLevel, Math.min(maxLevel, arc));
    }

    /** An addressed command; the answer for queries, none otherwise. DTR0 is the bus's data transfer register. */
    BackwardFrame command(GearCommand.Indexed c, int dtr0) {
        int i = c.index();
        switch (c.command()) {
            case OFF -> level = 0;
            case RECALL_MAX_LEVEL -> level = maxLevel;
            case RECALL_MIN_LEVEL -> level = minLevel;
            case GO_TO_SCENE -> dapc(scenes[i]);
            case SET_MAX_LEVEL -> maxLevel = Math.max(minLevel, Math.min(254, dtr0));
            case SET_MIN_LEVEL -> minLevel = Math.max(1, Math.min(maxLevel, dtr0));
            case SET_SCENE -> scenes[i] = dtr0;
            case REMOVE_FROM_SCENE -> scenes[i] = MASK;
            case ADD_TO_GROUP -> groups |= 1 << i;
            case REMOVE_FROM_GROUP -> groups &= ~(1 << i);
            case SET_SHORT_ADDRESS -> shortAddress = dtr0 == MASK ? -1 : (dtr0 >> 1) & 63;
            default -> {
                return query(c.command(), i, dtr0);
            }
        }
        return BackwardFrame.none();
    }

    private BackwardFrame query(GearCommand c, int index, int dtr0) {
        return switch (c) {
            case QUERY_STATUS -> BackwardFrame.answer(status());
            case QUERY_CONTROL_GEAR_PRESENT -> BackwardFrame.answer(BackwardFrame.YES);
            case QUERY_LAMP_FAILURE -> yesNo(lampFailure);
            case QUERY_LAMP_POWER_ON -> yesNo(level > 0);
            case QUERY_MISSING_SHORT_ADDRESS -> yesNo(shortAddress < 0);
            case QUERY_CONTENT_DTR0 -> BackwardFrame.answer(dtr0);
            case QUERY_DEVICE_TYPE -> BackwardFrame.answer(deviceType);
            case QUERY_PHYSICAL_MINIMUM -> BackwardFrame.answer(1);
            case QUERY_ACTUAL_LEVEL -> BackwardFrame.answer(level);
            case QUERY_MAX_LEVEL -> BackwardFrame.answer(maxLevel);
            case QUERY_MIN_LEVEL -> BackwardFrame.answer(minLevel);
            case QUERY_CONTROL_GEAR_FAILURE -> yesNo(false);
            case QUERY_SCENE_LEVEL -> BackwardFrame.answer(scenes[index]);
            case QUERY_GROUPS_0_7 -> BackwardFrame.answer(groups & 0xFF);
            case QUERY_GROUPS_8_15 -> BackwardFrame.answer(groups >> 8 & 0xFF);
            case QUERY_RANDOM_ADDRESS_H -> BackwardFrame.answer(randomAddress >> 16 & 0xFF);
            case QUERY_RANDOM_ADDRESS_M -> BackwardFrame.answer(randomAddress >> 8 & 0xFF);
            case QUERY_RANDOM_ADDRESS_L -> BackwardFrame.answer(randomAddress & 0xFF);
            default -> BackwardFrame.none();
        };
    }

    /** 102 Table 14 (status): bit 1 lamp failure, bit 2 lamp on, bit 6 missing short address. */
    private int status() {
        return (lampFailure ? 2 : 0) | (level > 0 ? 4 : 0) | (shortAddress < 0 ? 0x40 : 0);
    }

    private static BackwardFrame yesNo(boolean yes) {
        return yes ? BackwardFrame.answer(BackwardFrame.YES) : BackwardFrame.none();
    }

    // Commissioning state (102 clause 9.14): INITIALISE, RANDOMISE, COMPARE, WITHDRAW, PROGRAM SHORT ADDRESS.

    void initialise(int data) {
        boolean all = data == 0;
        boolean unaddressed = data == 0xFF && shortAddress < 0;
        boolean mine = (data & 0x81) == 1 && (data >> 1) == shortAddress;
        if (all || unaddressed || mine) {
            initialising = true;
            withdrawn = false;
        }
    }

    void terminate() {
        initialising = false;
        withdrawn = false;
    }

    void randomise(java.util.Random random) {
        if (initialising) {
            randomAddress = random.nextInt(1 << 24);
        }
    }

    boolean searching() {
        return initialising && !withdrawn;
    }

    boolean initialising() {
        return initialising;
    }

    void withdraw() {
        withdrawn = true;
    }

    void programShortAddress(int data) {
        shortAddress = data == 0xFF ? -1 : (data >> 1) & 63;
    }
}
