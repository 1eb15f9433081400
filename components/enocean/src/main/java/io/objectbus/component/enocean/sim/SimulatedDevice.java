// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.sim;

import io.objectbus.component.enocean.frame.Erp1Telegram;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A radio device the {@link GatewaySimulator} pretends to hear. Devices build their telegrams from the EEP bit layout
 * directly, so the simulator stays free of the profile decoders it is meant to test.
 */
public interface SimulatedDevice {

    /** The 32-bit sender ID. */
    int id();

    /** The EnOcean Equipment Profile, e.g. {@code A5-04-01}. */
    String eep();

    /** A telegram reporting the device's current state. */
    Erp1Telegram telegram();

    /** The teach-in telegram the device sends when its learn button is pressed, if it has one. */
    default Optional<Erp1Telegram> teachIn() {
        return Optional.empty();
    }

    /** Lets the state drift, as a real sensor's would between two reports. */
    default void drift(RandomGenerator random) {}

    /** Telegrams the device answers to a telegram it receives from the gateway; none for sensors. */
    default List<Erp1Telegram> receive(Erp1Telegram telegram) {
        return List.of();
    }

    /** The data bytes of a 4BS teach-in telegram with EEP (EEP 2.6, clause 3.3 "Teach-in variation 2"). */
    static byte[] teachIn4bs(int func, int type, int manufacturer) {
        return new byte[] {
            (byte) ((func << 2) | (type >> 5)),
            (byte) (((type & 0x1F) << 3) | ((manufacturer >> 8) & 0x07)),
            (byte) manufacturer,
            (byte) 0x80
        };
    }
}
