// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.internal;

/**
 * A device's security context: its address, session keys and frame counters. Used on the server's worker thread only.
 */
public final class Session {

    final long devEui;
    final int devAddr;
    final byte[] nwkSKey;
    final byte[] appSKey;
    final boolean otaa;
    long fCntUp = -1;
    long fCntDown;

    Session(long devEui, int devAddr, byte[] nwkSKey, byte[] appSKey, boolean otaa) {
        this.devEui = devEui;
        this.devAddr = devAddr;
        this.nwkSKey = nwkSKey;
        this.appSKey = appSKey;
        this.otaa = otaa;
    }
}
