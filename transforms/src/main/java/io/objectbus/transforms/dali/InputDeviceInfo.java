// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.dali;

import java.util.List;

/**
 * What discovery learnt of one control device (IEC 62386-103) at a short address: the type of each instance (index
 * = instance number; 1 push button, 3 occupancy sensor, 4 light sensor, others as numbered in 103 Table 4).
 */
public record InputDeviceInfo(int shortAddress, List<Integer> instanceTypes) {

    public InputDeviceInfo {
        instanceTypes = List.copyOf(instanceTypes);
    }
}
