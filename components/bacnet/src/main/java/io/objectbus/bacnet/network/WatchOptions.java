// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.network;

import java.time.Duration;

/**
 * How a {@link NetworkWatch} looks after its devices.
 *
 * @param lowLimit      lowest device instance watched, -1 for every device
 * @param highLimit     highest device instance watched, -1 for every device
 * @param whoIsInterval time between Who-Is broadcasts; zero for one at start
 * @param pollInterval  time between polls of objects without COV, and between checks that a device still answers
 * @param covLifetime   lifetime of COV subscriptions, s (renewed at three quarters of it); 0 indefinite
 * @param covConfirmed  ask for confirmed COV notifications
 * @param processId     subscriber process identifier of the COV subscriptions
 */
public record WatchOptions(
        int lowLimit,
        int highLimit,
        Duration whoIsInterval,
        Duration pollInterval,
        int covLifetime,
        boolean covConfirmed,
        long processId) {

    public boolean watches(int instance) {
        return lowLimit < 0 || (instance >= lowLimit && instance <= highLimit);
    }
}
