// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.ValueType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bus object of an EnOcean gateway: what it reported about itself, how many devices it knows, and its learn
 * mode, which is writable. Unknown senders and teach-ins are events of this object.
 */
public final class GatewayObject {

    public static final String TYPE = "enocean-gateway";
    public static final String BASE_ID = "base-id";
    public static final String VERSION = "version";
    public static final String CHIP_ID = "chip-id";
    public static final String DEVICES = "devices";
    public static final String LEARN_MODE = "learn-mode";

    private GatewayObject() {}

    /**
     * @param id      the object id, e.g. {@code enocean-gateway}
     * @param address where the gateway is, e.g. {@code tcp:192.168.1.40:9600} or {@code serial:/dev/ttyUSB0}
     */
    public static ObjectDescriptor describe(String id, String address) {
        Map<String, ResourceDescriptor> resources = new LinkedHashMap<>();
        resources.put(BASE_ID, text("Base ID", "first of the 128 sender IDs the gateway sends actuator commands from"));
        resources.put(VERSION, text("Version", "application version of the gateway module"));
        resources.put(CHIP_ID, text("Chip ID", "the gateway module's own sender ID"));
        resources.put(
                DEVICES,
                new ResourceDescriptor(
                        ValueType.INTEGER,
                        null,
                        false,
                        0.0,
                        null,
                        null,
                        "Devices",
                        "devices the gateway knows",
                        null,
                        null));
        resources.put(
                LEARN_MODE,
                ResourceDescriptor.bool()
                        .writable(false)
                        .described("Learn mode", "while true, devices that send a teach-in telegram are added"));
        return new ObjectDescriptor(
                id,
                "EnOcean gateway " + address,
                TYPE,
                EnoceanNormaliser.PROTOCOL,
                address,
                null,
                List.of(EnoceanNormaliser.PROTOCOL),
                resources,
                0);
    }

    private static ResourceDescriptor text(String name, String description) {
        return new ResourceDescriptor(ValueType.STRING, null, false, null, null, null, name, description, null, null);
    }
}
