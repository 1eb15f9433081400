// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.internal;

import io.objectbus.component.enocean.EnoceanConstants;

/**
 * Where the connection to a gateway stands: {@code connecting} until it first opens, {@code up} while open, {@code down}
 * after it failed to open or was lost, with the reason, until it opens again.
 *
 * @param state  connecting, up or down
 * @param reason why it is down, or where it goes when up; null while connecting
 */
public record ConnectionState(String state, String reason) {

    static ConnectionState connecting() {
        return new ConnectionState(EnoceanConstants.CONNECTION_CONNECTING, null);
    }

    static ConnectionState up(String where) {
        return new ConnectionState(EnoceanConstants.CONNECTION_UP, where);
    }

    static ConnectionState down(String reason) {
        return new ConnectionState(EnoceanConstants.CONNECTION_DOWN, reason);
    }
}
