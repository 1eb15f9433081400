// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.internal;

import io.objectbus.component.lorawan.Uplink;

/** What a network server tells its consumer; called on the server's one worker thread, in order. */
public interface NetworkListener {

    void onUplink(Uplink uplink);

    /** A device joined (OTAA) and was given devAddr. */
    void onJoin(String devEui, String devAddr, String gatewayEui);

    /** A gateway came up (it sends PULL_DATA keep-alives) or went down (silent past the timeout). */
    void onGateway(String gatewayEui, boolean up, String reason);

    /** A gateway's status report (the stat object of a PUSH_DATA), as JSON. */
    void onStats(String gatewayEui, String statJson);

    /** Input refused: reason, the gateway it came from (null when unknown), its error count so far, the bytes. */
    void onError(String reason, String gatewayEui, long errorCount, byte[] data);
}
