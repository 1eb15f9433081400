// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal;

/** A frame or value that does not follow ASHRAE 135; the message is the reason, for the log. */
public final class DecodeException extends RuntimeException {
    public DecodeException(String reason) {
        super(reason, null, false, false);
    }
}
