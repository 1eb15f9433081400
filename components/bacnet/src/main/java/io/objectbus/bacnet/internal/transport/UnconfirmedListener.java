// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal.transport;

import io.objectbus.bacnet.internal.Apdu;
import io.objectbus.bacnet.model.BacnetAddress;

/** Receives unconfirmed requests (Who-Is, I-Am, COV notifications, ...). */
@FunctionalInterface
public interface UnconfirmedListener {
    void onUnconfirmed(BacnetAddress source, Apdu.UnconfirmedRequest request);
}
