// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.internal;

import io.objectbus.component.lorawan.crypto.Aes;

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
    private Aes nwk;
    private Aes app;

    Session(long devEui, int devAddr, byte[] nwkSKey, byte[] appSKey, boolean otaa) {
        this.devEui = devEui;
        this.devAddr = devAddr;
        this.nwkSKey = nwkSKey;
        this.appSKey = appSKey;
        this.otaa = otaa;
    }

    /** The cipher of NwkSKey, made once: its key schedule costs more than a frame's blocks. */
    Aes nwk() {
        if (nwk == null) {
            nwk = Aes.of(nwkSKey);
        }
        return nwk;
    }

    /** The cipher of AppSKey, made once. */
    Aes app() {
        if (app == null) {
            app = Aes.of(appSKey);
        }
        return app;
    }
}
