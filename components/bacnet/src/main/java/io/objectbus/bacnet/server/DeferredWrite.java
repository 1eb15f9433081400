// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.server;

import io.objectbus.bacnet.model.BacnetValue;
import java.util.concurrent.CompletionStage;

/**
 * An object whose writes another system decides, such as a bus that forwards them to a device: WriteProperty is
 * answered when the returned stage completes, with a SimpleACK, or with the Error of the {@link PropertyException}
 * it fails with. The port serves other requests meanwhile.
 */
public interface DeferredWrite extends BacnetObject {
    /**
     * Starts a write (WriteProperty, clause 15.9). Checks that fail at once may throw {@link PropertyException}.
     *
     * @param priority 1..16 (16 when the request had none)
     * @return completes when the write took effect; fails with a {@link PropertyException} when it did not
     */
    CompletionStage<Void> writeLater(int property, Integer arrayIndex, BacnetValue value, int priority);
}
