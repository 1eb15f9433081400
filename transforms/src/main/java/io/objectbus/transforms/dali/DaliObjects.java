// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.dali;

import io.objectbus.model.CommandDescriptor;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.ValueType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bus objects of a DALI bus: the bus itself ({@code {bus}}: discovery and commissioning), each control gear as a
 * light ({@code {bus}-a{n}}), each group in use ({@code {bus}-g{n}}) and each input device as a sensor
 * ({@code {bus}-d{n}}). Writable resources relinquish to nothing: when every priority level is given up the light
 * stays as it is.
 */
public final class DaliObjects {

    public static final String PROTOCOL = "dali";
    public static final String ON = "on";
    public static final String LEVEL = "level";
    public static final String SCENE = "scene";
    public static final String LAMP_FAILURE = "lamp-failure";
    public static final String GEAR_FAILURE = "gear-failure";
    public static final String DEVICE_TYPE = "device-type";
    public static final String DISCOVER = "discover";
    public static final String COMMISSION = "commission";
    public static final String COMMISSIONING = "commissioning";
    public static final String GEAR = "gear";
    public static final String DEVICES = "devices";

    private DaliObjects() {}

    public static String lightId(String bus, int shortAddress) {
        return bus + "-a" + shortAddress;
    }

    public static String groupId(String bus, int group) {
        return bus + "-g" + group;
    }

    public static String sensorId(String bus, int shortAddress) {
        return bus + "-d" + shortAddress;
    }

    public static ObjectDescriptor bus(String bus, String gateway) {
        Map<String, ResourceDescriptor> r = new LinkedHashMap<>();
        r.put(
                DISCOVER,
                ResourceDescriptor.bool()
                        .writable(null)
                        .described("Discover", "write true: ask short addresses 0..63 again"));
        r.put(
                COMMISSION,
                ResourceDescriptor.bool()
                        .writable(null)
                        .described(
                                "Commission",
                                "write true: give gear without a short address one (answered when done; progress in commissioning)"));
        r.put(COMMISSIONING, text("Commissioning", "progress of the last commissioning"));
        r.put(GEAR, count("Control gear", "control gear found"));
        r.put(DEVICES, count("Input devices", "control devices found"));
        return new ObjectDescriptor(
                        bus, "DALI bus " + gateway, "dali-bus", PROTOCOL, gateway, null, List.of(PROTOCOL), r, 0)
                .withCommands(Map.of(
                        DISCOVER,
                        new CommandDescriptor(
                                "ask short addresses 0..63 again; done with the gear and input devices found", null),
                        COMMISSION,
                        new CommandDescriptor(
                                "give gear without a short address one, without disturbing gear that has one;"
                                        + " progress per gear addressed, done with the addresses given",
                                null)));
    }

    public static ObjectDescriptor light(String bus, String gateway, GearInfo gear) {
        Map<String, ResourceDescriptor> r = levels();
        r.put(LAMP_FAILURE, ResourceDescriptor.bool().described("Lamp failure", "QUERY STATUS bit 1"));
        r.put(GEAR_FAILURE, ResourceDescriptor.bool().described("Gear failure", "QUERY STATUS bit 0"));
        r.put(DEVICE_TYPE, count("Device type", "IEC 62386-2xx device type: 0 fluorescent, 6 LED, 8 colour"));
        String id = lightId(bus, gear.shortAddress());
        return new ObjectDescriptor(
                id,
                "DALI A" + gear.shortAddress(),
                "light",
                PROTOCOL,
                gateway + "/A" + gear.shortAddress(),
                null,
                List.of(PROTOCOL, "light"),
                r,
                0);
    }

    public static ObjectDescriptor group(String bus, String gateway, int group) {
        return new ObjectDescriptor(
                groupId(bus, group),
                "DALI group " + group,
                "light-group",
                PROTOCOL,
                gateway + "/G" + group,
                null,
                List.of(PROTOCOL, "light"),
                levels(),
                0);
    }

    public static ObjectDescriptor sensor(String bus, String gateway, InputDeviceInfo device) {
        Map<String, ResourceDescriptor> r = new LinkedHashMap<>();
        for (int i = 0; i < device.instanceTypes().size(); i++) {
            InputResources.describe(device.instanceTypes().get(i), i).ifPresent(e -> r.put(e.getKey(), e.getValue()));
        }
        return new ObjectDescriptor(
                sensorId(bus, device.shortAddress()),
                "DALI input device " + device.shortAddress(),
                "sensor",
                PROTOCOL,
                gateway + "/D" + device.shortAddress(),
                null,
                List.of(PROTOCOL, "sensor"),
                r,
                0);
    }

    private static Map<String, ResourceDescriptor> levels() {
        Map<String, ResourceDescriptor> r = new LinkedHashMap<>();
        r.put(ON, ResourceDescriptor.bool().writable(null).described("On", "true: RECALL MAX LEVEL, false: OFF"));
        r.put(
                LEVEL,
                ResourceDescriptor.number("%")
                        .range(0.0, 100.0)
                        .writable(null)
                        .described("Level", "light output through the DALI logarithmic curve; 0 is off"));
        r.put(
                SCENE,
                new ResourceDescriptor(
                        ValueType.INTEGER,
                        null,
                        true,
                        0.0,
                        15.0,
                        null,
                        "Scene",
                        "write a scene 0..15: GO TO SCENE",
                        null,
                        null));
        return r;
    }

    static ResourceDescriptor text(String name, String description) {
        return new ResourceDescriptor(ValueType.STRING, null, false, null, null, null, name, description, null, null);
    }

    static ResourceDescriptor count(String name, String description) {
        return new ResourceDescriptor(ValueType.INTEGER, null, false, 0.0, null, null, name, description, null, null);
    }
}
