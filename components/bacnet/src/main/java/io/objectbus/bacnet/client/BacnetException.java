// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.client;

/** A confirmed request that did not succeed: the device answered Error, Reject or Abort, or did not answer. */
public class BacnetException extends RuntimeException {
    public BacnetException(String message) {
        super(message);
    }
}
