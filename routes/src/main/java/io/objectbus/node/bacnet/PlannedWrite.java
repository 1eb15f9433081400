// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bacnet;

import io.objectbus.transforms.bacnet.BacnetWritePlan;

/** A bus write as WriteProperty requests, with the adapter whose port sends them. */
public record PlannedWrite(String adapter, int localPort, BacnetWritePlan plan) {
    public int steps() {
        return plan.steps().size();
    }
}
