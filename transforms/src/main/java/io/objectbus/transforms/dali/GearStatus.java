// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.dali;

/**
 * The answer to QUERY STATUS, IEC 62386-102 clause 11.3.2 (Table 14): bit 0 control gear failure, 1 lamp failure, 2
 * lamp on, 3 limit error, 4 fade running, 5 reset state, 6 short address missing, 7 power cycle seen.
 */
public record GearStatus(
        boolean gearFailure,
        boolean lampFailure,
        boolean lampOn,
        boolean limitError,
        boolean fadeRunning,
        boolean resetState,
        boolean missingShortAddress,
        boolean powerCycleSeen) {

    public static GearStatus decode(int status) {
        return new GearStatus(
                bit(status, 0),
                bit(status, 1),
                bit(status, 2),
                bit(status, 3),
                bit(status, 4),
                bit(status, 5),
                bit(status, 6),
                bit(status, 7));
    }

    private static boolean bit(int value, int bit) {
        return (value >> bit & 1) != 0;
    }
}
