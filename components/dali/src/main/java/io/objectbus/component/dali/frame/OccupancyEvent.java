// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.frame;

/**
 * The event information of an occupancy sensor instance, IEC 62386-303 clause 9.7 (Table 4): bit 0 movement, bit 1
 * occupied (else vacant), bit 2 a repeated report, bit 3 a movement sensor (else presence); the upper bits are 0.
 */
public record OccupancyEvent(boolean movement, boolean occupied, boolean repeat, boolean movementSensor) {

    public static OccupancyEvent decode(int info) throws FrameException {
        if ((info & ~0x0F) != 0) {
            throw new FrameException(
                    "occupancy event information uses bits 0..3 only, got 0x" + Integer.toHexString(info));
        }
        return new OccupancyEvent((info & 1) != 0, (info & 2) != 0, (info & 4) != 0, (info & 8) != 0);
    }

    public int encode() {
        return (movement ? 1 : 0) | (occupied ? 2 : 0) | (repeat ? 4 : 0) | (movementSensor ? 8 : 0);
    }
}
