// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.lorawanns;

import io.objectbus.model.ResourceDescriptor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one message of a LoRaWAN network server's MQTT integration means to the bus.
 *
 * @param kind what the message says
 * @param device the device it is about (ChirpStack DevEUI, The Things Stack device id), as the network server names it
 * @param resources the resources it reports values of, by resource id, in the payload's order
 * @param values the values, by resource id
 * @param reason why a downlink failed or was not acknowledged
 */
public record NsEvent(
        Kind kind,
        String device,
        Map<String, ResourceDescriptor> resources,
        Map<String, Object> values,
        String reason) {

    /** What a network server's message says. */
    public enum Kind {
        /** An uplink, a join or a device status: values of the device's resources. */
        VALUES,
        /** The device acknowledged a confirmed downlink. */
        ACKED,
        /** The device did not acknowledge a downlink, or the network server could not send it. */
        NOT_ACKED,
        /** A message of the integration's topics that carries nothing for the bus. */
        IGNORED
    }

    public NsEvent {
        resources = resources == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(resources));
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static NsEvent values(String device, Map<String, ResourceDescriptor> resources, Map<String, Object> values) {
        return new NsEvent(Kind.VALUES, device, resources, values, null);
    }

    public static NsEvent acked(String device) {
        return new NsEvent(Kind.ACKED, device, null, null, null);
    }

    public static NsEvent notAcked(String device, String reason) {
        return new NsEvent(Kind.NOT_ACKED, device, null, null, reason);
    }

    public static NsEvent ignored(String device) {
        return new NsEvent(Kind.IGNORED, device, null, null, null);
    }
}
