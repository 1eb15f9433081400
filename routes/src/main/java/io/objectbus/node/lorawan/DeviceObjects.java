// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawan;

import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.ValueType;
import io.objectbus.transforms.lorawan.ByteLayout;
import io.objectbus.transforms.lorawan.DeviceMetadata;
import io.objectbus.transforms.lorawan.Measurement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bus objects of a LoRaWAN adapter: one per device, one per gateway. */
final class DeviceObjects {

    private DeviceObjects() {}

    static String deviceId(String adapterId, String devEui) {
        return adapterId + "-" + devEui;
    }

    static String gatewayId(String adapterId, String gatewayEui) {
        return adapterId + "-gw-" + gatewayEui;
    }

    /** A device with the metadata resources, its downlink, and the codec's resources known so far. */
    static ObjectDescriptor device(String adapterId, DeviceProfile p, Map<String, ResourceDescriptor> decoded) {
        Map<String, ResourceDescriptor> resources = new LinkedHashMap<>(DeviceMetadata.resources());
        resources.putAll(decoded);
        resources.put(
                "downlink",
                new ResourceDescriptor(
                                ValueType.STRING,
                                null,
                                false,
                                null,
                                null,
                                null,
                                "downlink",
                                "hex payload to send in the device's next receive window (FPort " + p.fPort() + ")",
                                null,
                                null)
                        .writable(""));
        String id = deviceId(adapterId, p.devEui());
        return new ObjectDescriptor(
                id,
                p.name() == null ? id : p.name(),
                "lorawan-device",
                "lorawan",
                p.devEui(),
                p.location(),
                List.of("lorawan"),
                resources,
                p.interval());
    }

    /** The resources a profile's codec declares before any uplink (a byte layout does; LPP learns them). */
    static Map<String, ResourceDescriptor> declared(Object codec) {
        return codec instanceof ByteLayout layout ? layout.resources() : Map.of();
    }

    static Map<String, ResourceDescriptor> of(List<Measurement> measurements) {
        Map<String, ResourceDescriptor> resources = new LinkedHashMap<>();
        measurements.forEach(m -> resources.put(m.resource(), m.descriptor()));
        return resources;
    }

    /** A gateway: how many uplinks it brought and how much input from it was refused. */
    static ObjectDescriptor gateway(String adapterId, String eui) {
        Map<String, ResourceDescriptor> resources = new LinkedHashMap<>();
        resources.put("uplinks", integer("uplinks", "uplinks it heard best since the adapter started"));
        resources.put("errors", integer("errors", "inputs from it refused since the adapter started (see $errors)"));
        resources.put(
                "lastError",
                new ResourceDescriptor(
                        ValueType.STRING,
                        null,
                        false,
                        null,
                        null,
                        null,
                        "last error",
                        "why the last refused input was refused",
                        null,
                        null));
        String id = gatewayId(adapterId, eui);
        return new ObjectDescriptor(
                id, id, "lorawan-gateway", "lorawan", eui, null, List.of("lorawan", "gateway"), resources, 0);
    }

    private static ResourceDescriptor integer(String name, String description) {
        return new ResourceDescriptor(ValueType.INTEGER, null, false, null, null, null, name, description, null, null);
    }
}
