// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.internal;

/** Told the connection state when it starts listening and on every change, in order with the packets. */
@FunctionalInterface
public interface ConnectionStateListener {

    void onConnectionState(ConnectionState state);
}
