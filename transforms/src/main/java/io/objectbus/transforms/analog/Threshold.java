// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.analog;

/**
 * A number to a boolean with hysteresis: true once the value reaches {@code on}, false again only once it is back at
 * {@code off}, so that a value wandering around one limit does not flap. With {@code on} below {@code off} it works
 * the other way round (a low-level alarm). Between the two limits the first value reads false.
 */
public final class Threshold {

    private final double on;
    private final double off;
    private boolean state;

    public Threshold(double on, double off) {
        this.on = on;
        this.off = off;
    }

    public synchronized boolean apply(double value) {
        boolean rising = on >= off;
        if (rising ? value >= on : value <= on) {
            state = true;
        } else if (rising ? value <= off : value >= off) {
            state = false;
        }
        return state;
    }
}
