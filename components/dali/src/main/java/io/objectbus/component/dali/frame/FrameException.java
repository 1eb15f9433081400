// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.frame;

/** A frame or gateway answer that cannot be decoded, or a frame that cannot be built from its parts. */
public class FrameException extends Exception {

    public FrameException(String message) {
        super(message);
    }
}
