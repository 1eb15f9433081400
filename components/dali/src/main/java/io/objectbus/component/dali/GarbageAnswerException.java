// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali;

import java.io.IOException;

/**
 * The gateway answered something its protocol does not allow. One such answer fails the command that got it; the
 * link stays, as the gateway's framing held. Several in a row mean the link is out of step and it is opened again.
 */
public class GarbageAnswerException extends IOException {

    public GarbageAnswerException(String message, Throwable cause) {
        super(message, cause);
    }
}
