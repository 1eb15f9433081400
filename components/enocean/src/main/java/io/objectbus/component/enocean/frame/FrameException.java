// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.frame;

/** A frame or telegram that cannot be decoded; the message says why, in words fit for a log or an error topic. */
public class FrameException extends Exception {

    private static final long serialVersionUID = 1L;

    public FrameException(String reason) {
        super(reason);
    }
}
