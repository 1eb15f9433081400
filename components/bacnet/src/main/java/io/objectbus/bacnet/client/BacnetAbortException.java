// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.client;

import io.objectbus.bacnet.model.ErrorNames;

/** The transaction was aborted (clause 20.1.9), e.g. because the answer needed segmentation. */
public class BacnetAbortException extends BacnetException {
    private final int reason;

    public BacnetAbortException(int reason) {
        super("BACnet abort: " + ErrorNames.abortReason(reason));
        this.reason = reason;
    }

    public int reason() {
        return reason;
    }
}
