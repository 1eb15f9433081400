// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawan;

import io.objectbus.bus.WriteCommand;
import io.objectbus.component.lorawan.LorawanConstants;
import java.util.HexFormat;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * The writes of one adapter's devices, as its own {@code lorawan-write} route applies them: a device's
 * {@code downlink} (hex) is queued for its next receive window; the write is applied when the gateway sent it
 * (unconfirmed) or the device acknowledged it (confirmed), and fails with the reason otherwise.
 */
final class LorawanWrites extends AsyncProcessorSupport {

    private final CamelContext context;
    private final String name;
    private final LorawanAdapter adapter;
    private final ProducerTemplate producer;

    private LorawanWrites(CamelContext context, String name, LorawanAdapter adapter) {
        this.context = context;
        this.name = name;
        this.adapter = adapter;
        this.producer = context.createProducerTemplate();
    }

    static String uri(String adapterRouteId) {
        return "kamelet:lorawan-write?adapter=" + adapterRouteId;
    }

    static LorawanWrites bind(CamelContext context, String adapterRouteId, LorawanAdapter adapter) {
        LorawanWrites writes = new LorawanWrites(context, "lorawan-writes-" + adapterRouteId, adapter);
        context.getRegistry().bind(writes.name, writes);
        return writes;
    }

    void unbind() {
        if (context.getRegistry().lookupByName(name) == this) {
            context.getRegistry().unbind(name);
        }
        producer.stop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        WriteCommand command = exchange.getMessage().getBody(WriteCommand.class);
        DeviceProfile profile = command == null ? null : adapter.profileOf(command.objectId());
        String hex = command == null || command.value() == null
                ? ""
                : command.value().toString().strip();
        if (profile == null || !"downlink".equals(command.resourceId()) || !hex.matches("([0-9a-fA-F]{2})*")) {
            exchange.setException(new IllegalArgumentException(
                    "a LoRaWAN write is a device's downlink as hex bytes, got " + (command == null ? null : hex)));
            callback.done(true);
            return true;
        }
        if (hex.isEmpty()) {
            callback.done(true);
            return true;
        }
        producer.asyncSend("lorawan:" + adapter.server(), e -> {
                    e.getMessage().setBody(HexFormat.of().parseHex(hex));
                    e.getMessage().setHeader(LorawanConstants.DEV_EUI, profile.devEui());
                    e.getMessage().setHeader(LorawanConstants.FPORT, profile.fPort());
                    e.getMessage().setHeader(LorawanConstants.CONFIRMED, profile.confirmed());
                })
                .whenComplete((done, failure) -> {
                    Throwable error = failure != null ? failure : done.getException();
                    if (error != null) {
                        exchange.setException(error);
                    }
                    callback.done(false);
                });
        return false;
    }
}
