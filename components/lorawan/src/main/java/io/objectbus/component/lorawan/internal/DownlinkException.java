// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.internal;

/** A downlink that was not delivered: not sent, refused by the gateway, not acknowledged, or timed out. */
public class DownlinkException extends Exception {

    public DownlinkException(String message) {
        super(message);
    }
}
