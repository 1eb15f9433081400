// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawanns;

import io.objectbus.bus.WriteCommand;
import io.objectbus.component.ObjectBusConstants;
import io.objectbus.node.mqttdevices.DeviceCommands;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The first step of a network-server adapter's write route: the bus write as the network server's downlink message —
 * body the JSON, {@code ObjectBusTopic} its downlink topic, for {@code objectbus:forward} — with what settles the
 * write registered before it goes out, for the MQTT devices' {@link io.objectbus.node.mqttdevices.DeviceConfirmation}.
 */
public final class Downlinks implements Processor {

    private String name;

    @Override
    public void process(Exchange exchange) {
        WriteCommand write = exchange.getMessage().getBody(WriteCommand.class);
        if (write == null) {
            throw new IllegalArgumentException("a LoRaWAN downlink needs a WriteCommand");
        }
        NetworkServerAdapter adapter = exchange.getContext()
                .getRegistry()
                .lookupByNameAndType(NetworkServerAdapter.registryName(name), NetworkServerAdapter.class);
        if (adapter == null) {
            throw new IllegalStateException("the network-server adapter " + name + " is not running");
        }
        NetworkServerAdapter.Sent sent = adapter.command(write);
        exchange.setProperty(DeviceCommands.CONFIRMED, sent.done());
        exchange.getMessage()
                .setHeader(ObjectBusConstants.TOPIC, sent.downlink().topic());
        exchange.getMessage().setBody(sent.downlink().payload());
    }

    /** The adapter's name, as its application kamelet has it. */
    public void setName(String name) {
        this.name = name;
    }
}
