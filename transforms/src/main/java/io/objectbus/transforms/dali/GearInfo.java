// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.dali;

import java.util.ArrayList;
import java.util.List;

/**
 * What discovery learnt of one control gear at a short address.
 *
 * @param shortAddress 0..63
 * @param deviceType the IEC 62386-2xx device type (0 fluorescent, 6 LED, 8 colour...)
 * @param groups bit n set: member of group n
 * @param minLevel the MIN LEVEL arc power
 * @param maxLevel the MAX LEVEL arc power
 * @param level the actual arc power level
 * @param status the QUERY STATUS bits
 */
public record GearInfo(
        int shortAddress, int deviceType, int groups, int minLevel, int maxLevel, int level, GearStatus status) {

    /** The same gear at another actual level. */
    public GearInfo withLevel(int arc) {
        return new GearInfo(shortAddress, deviceType, groups, minLevel, maxLevel, arc, status);
    }

    public List<Integer> groupList() {
        List<Integer> out = new ArrayList<>();
        for (int g = 0; g < 16; g++) {
            if ((groups >> g & 1) != 0) {
                out.add(g);
            }
        }
        return out;
    }
}
