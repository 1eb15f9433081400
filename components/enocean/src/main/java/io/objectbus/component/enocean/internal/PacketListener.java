// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.internal;

import io.objectbus.component.enocean.frame.Esp3Packet;

/** Receives every packet a gateway sends that is not the answer to a pending request. */
@FunctionalInterface
public interface PacketListener {

    void onPacket(Esp3Packet packet);
}
