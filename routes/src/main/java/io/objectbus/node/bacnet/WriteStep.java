// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bacnet;

import io.objectbus.bacnet.BacnetConstants;
import io.objectbus.transforms.bacnet.BacnetWrite;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/** Sets the bacnet producer's headers for the write of the current loop round. */
final class WriteStep implements Processor {
    static final String PLAN = "BacnetWritePlan";
    static final String LOCAL_PORT = "BacnetLocalPort";

    @Override
    public void process(Exchange exchange) {
        PlannedWrite plan = exchange.getProperty(PLAN, PlannedWrite.class);
        int round = exchange.getProperty(Exchange.LOOP_INDEX, Integer.class);
        BacnetWrite write = plan.plan().steps().get(round);
        Message message = exchange.getMessage();
        message.setHeader(LOCAL_PORT, plan.localPort());
        message.setHeader(BacnetConstants.DEVICE_INSTANCE, write.device());
        message.setHeader(BacnetConstants.DEVICE_ADDRESS, write.address());
        message.setHeader(BacnetConstants.OBJECT_ID, write.object());
        message.setHeader(BacnetConstants.PROPERTY_ID, "present-value");
        message.setHeader(BacnetConstants.PRIORITY, write.priority());
        message.setHeader(BacnetConstants.VALUE, write.value());
    }
}
