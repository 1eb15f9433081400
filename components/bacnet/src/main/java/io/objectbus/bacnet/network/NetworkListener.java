// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.network;

import io.objectbus.bacnet.client.DeviceInfo;

/** Told what a {@link NetworkWatch} sees, one call at a time and in order. */
public interface NetworkListener {
    void scanned(DeviceScan scan);

    void values(PointValues values);

    void lost(DeviceLost lost);

    /**
     * A device that answers said I-Am again: to a Who-Is, or by itself, as a device does when it restarts (then it
     * may have lost its commands and COV subscriptions).
     */
    void announced(DeviceInfo device);

    /** The port's sends fail (the network is gone or unreachable from the bound address), with the reason. */
    default void unusable(String reason) {}

    /** The port's sends work again after {@link #unusable(String)}. */
    default void usable() {}
}
