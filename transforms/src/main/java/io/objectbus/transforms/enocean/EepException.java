// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

/** A value or command that cannot be encoded for a profile; the message says which and why. */
public class EepException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public EepException(String reason) {
        super(reason);
    }
}
