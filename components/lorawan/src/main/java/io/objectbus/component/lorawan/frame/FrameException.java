// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.frame;

/** A frame that cannot be decoded: too short, of an unknown type, or otherwise malformed. */
public class FrameException extends Exception {

    public FrameException(String message) {
        super(message);
    }
}
