// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.client;

import io.objectbus.bacnet.model.BacnetAddress;

/**
 * A device that announced itself with I-Am (clause 16.10.2).
 *
 * @param instance     device instance number
 * @param address      where it answers
 * @param maxApdu      the largest APDU it accepts, in octets
 * @param segmentation 0 both, 1 transmit, 2 receive, 3 no segmentation
 * @param vendorId     its vendor identifier
 */
public record DeviceInfo(int instance, BacnetAddress address, int maxApdu, int segmentation, int vendorId) {
    /** True when the device can send segmented answers (segmented-both or segmented-transmit). */
    public boolean canSegmentAnswers() {
        return segmentation == 0 || segmentation == 1;
    }
}
