// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import io.objectbus.component.enocean.frame.Rorg;

/**
 * The LRN bit of 1BS and 4BS telegrams (EEP 2.6, clause 3.1 and 3.3): DB0.3 is 0 in a teach-in telegram and 1 in a
 * data telegram. RPS telegrams have no LRN bit (rockers are taught in by configuration); VLD devices use UTE.
 */
public final class TeachIn {

    private TeachIn() {}

    /** Whether the data is a 1BS or 4BS teach-in telegram. */
    public static boolean isTeachIn(int rorg, byte[] data) {
        if (rorg == Rorg.BS4 && data.length == 4) {
            return (data[3] & 0x08) == 0;
        }
        return rorg == Rorg.BS1 && data.length == 1 && (data[0] & 0x08) == 0;
    }

    /** Sets the LRN bit of a 1BS or 4BS data telegram. */
    static void markAsData(int rorg, byte[] data) {
        if (rorg == Rorg.BS4 && data.length == 4) {
            data[3] |= 0x08;
        } else if (rorg == Rorg.BS1 && data.length == 1) {
            data[0] |= 0x08;
        }
    }
}
