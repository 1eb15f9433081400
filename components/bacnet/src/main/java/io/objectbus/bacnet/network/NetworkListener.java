// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.network;

/** Told what a {@link NetworkWatch} sees, one call at a time and in order. */
public interface NetworkListener {
    void scanned(DeviceScan scan);

    void values(PointValues values);

    void lost(DeviceLost lost);
}
