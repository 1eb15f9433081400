// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.json;

import io.objectbus.bus.WriteCommand;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;

/**
 * Where a JSON device's write route finds its device: the device bean, bound as {@code json-device-{object}} by its
 * adapter route before it describes the object (the write route exists only once the object is described). The
 * templates of a request (with braces and quotes) thus never travel inside an endpoint URI.
 */
public final class DeviceWrites {

    /** Makes the exchange the HTTP request of the device {@code objectId} for the write in its body. */
    public void httpRequest(Exchange exchange, String objectId) {
        HttpAnswers.request(exchange, device(exchange.getContext(), objectId));
    }

    /** Makes the exchange the CoAP request of the device {@code objectId} for the write in its body. */
    public void coapRequest(Exchange exchange, String objectId) {
        JsonDevice device = device(exchange.getContext(), objectId);
        CoapAnswers.request(exchange, device.request(exchange.getMessage().getBody(WriteCommand.class)));
    }

    static JsonDevice device(CamelContext context, String objectId) {
        JsonDevice device = context.getRegistry().lookupByNameAndType(beanName(objectId), JsonDevice.class);
        if (device == null) {
            throw new IllegalStateException("no adapter of " + objectId + " is running");
        }
        return device;
    }

    public static String beanName(String objectId) {
        return "json-device-" + objectId;
    }

    static void bind(CamelContext context, String objectId, JsonDevice device) {
        String name = beanName(objectId);
        if (context.getRegistry().lookupByName(name) != device) {
            context.getRegistry().bind(name, device);
        }
    }

    /** The device's route stopped: its bean goes, unless a newer adapter of the same object took the name. */
    static void unbind(CamelContext context, String objectId, JsonDevice device) {
        String name = beanName(objectId);
        if (context.getRegistry().lookupByName(name) == device) {
            context.getRegistry().unbind(name);
        }
    }
}
