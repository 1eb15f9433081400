// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal.transport;

import io.objectbus.bacnet.internal.Apdu;
import io.objectbus.bacnet.model.BacnetAddress;

/** Serves one confirmed service; returns the answer (SimpleACK, ComplexACK, Error, Reject, Abort) or null. */
@FunctionalInterface
public interface ConfirmedHandler {
    /**
     * @return the answer to send, or null to send nothing (a device that does not answer)
     * @throws io.objectbus.bacnet.internal.DecodeException when the service parameters are malformed: the caller
     *     answers with a Reject
     */
    Apdu handle(BacnetAddress source, Apdu.ConfirmedRequest request);
}
