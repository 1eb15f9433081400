// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.client;

/** The device did not answer a confirmed request, nor any of its retries, within the APDU timeout. */
public class BacnetTimeoutException extends BacnetException {
    public BacnetTimeoutException(String message) {
        super(message);
    }
}
