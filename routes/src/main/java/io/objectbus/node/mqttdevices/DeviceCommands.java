// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.mqttdevices;

import io.objectbus.bus.WriteCommand;
import io.objectbus.component.ObjectBusConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * The first step of a device's write route: the bus write (a {@link WriteCommand}) as the device's command — body the
 * payload, {@code ObjectBusTopic} its command topic, for {@code objectbus:forward} to publish — with the confirmation
 * it waits for, registered before the command goes out, for {@link DeviceConfirmation}.
 */
public final class DeviceCommands implements Processor {

    public static final String CONFIRMED = "MqttDeviceConfirmed";

    private String name;

    @Override
    public void process(Exchange exchange) {
        WriteCommand write = exchange.getMessage().getBody(WriteCommand.class);
        if (write == null) {
            throw new IllegalArgumentException("an MQTT device write needs a WriteCommand");
        }
        DeviceAdapter adapter = exchange.getContext()
                .getRegistry()
                .lookupByNameAndType(DeviceAdapter.registryName(name), DeviceAdapter.class);
        if (adapter == null) {
            throw new IllegalStateException("the adapter of " + name + " is not running");
        }
        DeviceAdapter.Sent sent = adapter.command(write);
        exchange.setProperty(CONFIRMED, sent.confirmed());
        exchange.getMessage().setHeader(ObjectBusConstants.TOPIC, sent.command().topic());
        exchange.getMessage().setBody(sent.command().payload());
    }

    /** The adapter's object id: the device kamelet's {@code name}. */
    public void setName(String name) {
        this.name = name;
    }
}
