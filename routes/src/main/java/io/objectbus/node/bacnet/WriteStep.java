// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bacnet;

import io.objectbus.bacnet.BacnetConstants;
import io.objectbus.transforms.bacnet.BacnetWrite;
import io.objectbus.transforms.bacnet.BacnetWritePlan;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/** Sets the bacnet producer's headers for the write of the current loop round of the bacnet-write kamelet. */
public final class WriteStep implements Processor {
    /** The bean's name in the registry. */
    public static final String BEAN = "bacnetWriteStep";

    static final String PLAN = "BacnetWritePlan";

    @Override
    public void process(Exchange exchange) {
        BacnetWritePlan plan = exchange.getProperty(PLAN, BacnetWritePlan.class);
        int round = exchange.getProperty(Exchange.LOOP_INDEX, Integer.class);
        BacnetWrite write = plan.steps().get(round);
        Message message = exchange.getMessage();
        message.setHeader(BacnetConstants.DEVICE_INSTANCE, write.device());
        message.setHeader(BacnetConstants.DEVICE_ADDRESS, write.address());
        message.setHeader(BacnetConstants.OBJECT_ID, write.object());
        message.setHeader(BacnetConstants.PROPERTY_ID, "present-value");
        message.setHeader(BacnetConstants.PRIORITY, write.priority());
        message.setHeader(BacnetConstants.VALUE, write.value());
    }
}
