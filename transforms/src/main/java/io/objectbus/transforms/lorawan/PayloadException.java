// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.lorawan;

/** A payload its codec cannot decode: truncated, an unknown type, or not what the profile describes. */
public class PayloadException extends Exception {

    public PayloadException(String message) {
        super(message);
    }
}
