// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.internal;

import io.objectbus.component.enocean.EnoceanConstants;

/**
 * Where the link to a gateway stands: {@code connecting} until it first opens, {@code up} while open, {@code down}
 * after it failed to open or was lost, with the reason, until it opens again.
 *
 * @param state  connecting, up or down
 * @param reason why it is down, or where it goes when up; null while connecting
 */
public record LinkState(String state, String reason) {

    static LinkState connecting() {
        return new LinkState(EnoceanConstants.LINK_CONNECTING, null);
    }

    static LinkState up(String where) {
        return new LinkState(EnoceanConstants.LINK_UP, where);
    }

    static LinkState down(String reason) {
        return new LinkState(EnoceanConstants.LINK_DOWN, reason);
    }
}
