// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import io.objectbus.bus.BusNode;
import io.objectbus.bus.BusTransport;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Message;

/** Reads a message of the {@code forward} operation: topic and MQTT 5 properties in headers, payload in the body. */
final class ForwardedMessages {

    static final String PATH_PROPERTY = "ob-path";
    static final String ID_PROPERTY = "ob-id";

    private ForwardedMessages() {}

    /** Returns how many were rejected: 0 or 1. */
    static int forward(BusNode bus, Message in) {
        String topic = in.getHeader(ObjectBusConstants.TOPIC, String.class);
        if (topic == null) {
            throw new IllegalArgumentException("forward needs the ObjectBusTopic header");
        }
        String path = in.getHeader(ObjectBusConstants.PATH, String.class);
        Map<String, String> properties = new LinkedHashMap<>();
        if (path != null) {
            properties.put(PATH_PROPERTY, path);
        }
        String id = in.getHeader(ObjectBusConstants.MESSAGE_ID, String.class);
        if (id != null) {
            properties.put(ID_PROPERTY, id);
        }
        BusTransport.Outbound message = new BusTransport.Outbound(
                topic,
                payload(in.getBody()),
                in.getHeader(ObjectBusConstants.QOS, 1, Integer.class),
                in.getHeader(ObjectBusConstants.RESPONSE_TOPIC, String.class),
                in.getHeader(ObjectBusConstants.CORRELATION_DATA, byte[].class),
                properties,
                in.getHeader(ObjectBusConstants.CURRENT_STATE, false, Boolean.class));
        return bus.forward(message, path) ? 0 : 1;
    }

    private static byte[] payload(Object body) {
        if (body == null) {
            return new byte[0];
        }
        if (body instanceof byte[] bytes) {
            return bytes;
        }
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }
}
