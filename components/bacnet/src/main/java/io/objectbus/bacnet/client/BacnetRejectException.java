// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.client;

import io.objectbus.bacnet.model.ErrorNames;

/** The device answered with a BACnet-Reject-PDU (clause 20.1.8): the request was malformed or not supported. */
public class BacnetRejectException extends BacnetException {
    private final int reason;

    public BacnetRejectException(int reason) {
        super("BACnet reject: " + ErrorNames.rejectReason(reason));
        this.reason = reason;
    }

    public int reason() {
        return reason;
    }
}
