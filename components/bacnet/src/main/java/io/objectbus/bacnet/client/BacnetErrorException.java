// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.client;

import io.objectbus.bacnet.model.BacnetError;

/** The device answered with a BACnet-Error-PDU (clause 20.1.7): an error class and code. */
public class BacnetErrorException extends BacnetException {
    private final BacnetError error;

    public BacnetErrorException(BacnetError error) {
        super("BACnet error " + error);
        this.error = error;
    }

    public BacnetError error() {
        return error;
    }
}
