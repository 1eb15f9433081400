// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.ValueType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bus resources of a device: its profile's resources in kebab case, one set of channel resources per output of a
 * D2-01 device ({@code output}, {@code output1}...), and the radio resources every device has.
 */
final class ProfileResources {

    static final String RSSI = "rssi";
    static final String LAST_SEEN = "last-seen";
    /** Writable on A5-38-08 devices: sends the gateway's teach-in telegram to an actuator in learn mode. */
    static final String TEACH_IN = "teach-in";

    /** D2-01 resources that exist once per channel (EEP 2.6, D2-01 CMD 4 and 7); the rest exist once. */
    private static final Set<String> PER_CHANNEL =
            Set.of("output", "errorLevel", "overCurrent", "localControl", "energy", "power");

    private static final ResourceDescriptor TEACH_IN_DESCRIPTOR = ResourceDescriptor.bool()
            .writable(false)
            .described("Teach-in", "write true to send the gateway's teach-in telegram to the actuator");
    private static final ResourceDescriptor RSSI_DESCRIPTOR = ResourceDescriptor.number("dBm")
            .range(-255.0, 0.0)
            .described("RSSI", "signal strength of the last telegram");
    private static final ResourceDescriptor LAST_SEEN_DESCRIPTOR = new ResourceDescriptor(
            ValueType.STRING, null, false, null, null, null, "Last seen", "when the last telegram came in", null, null);

    private ProfileResources() {}

    static Map<String, ResourceDescriptor> of(EepProfile profile, EnoceanDevice device) {
        Map<String, ResourceDescriptor> resources = new LinkedHashMap<>();
        for (ResourceSpec spec : profile.resources()) {
            resources.putIfAbsent(ResourceNames.toBus(spec.id()), descriptor(spec, spec.id(), profile));
            if (DeviceKinds.isSwitchActuator(profile.id()) && PER_CHANNEL.contains(spec.id())) {
                for (int c = 1; c < device.channelCount(); c++) {
                    String id = ElectronicSwitchProfile.channelResource(spec.id(), c);
                    resources.putIfAbsent(ResourceNames.toBus(id), descriptor(spec, id, profile));
                }
            }
        }
        if (DeviceKinds.isCentralCommand(profile.id())) {
            resources.put(TEACH_IN, TEACH_IN_DESCRIPTOR);
        }
        resources.put(RSSI, RSSI_DESCRIPTOR);
        resources.put(LAST_SEEN, LAST_SEEN_DESCRIPTOR);
        return resources;
    }

    private static ResourceDescriptor descriptor(ResourceSpec spec, String id, EepProfile profile) {
        ResourceDescriptor d = new ResourceDescriptor(
                type(spec.type()),
                spec.unit(),
                false,
                spec.min(),
                spec.max(),
                spec.states().isEmpty() ? null : List.copyOf(spec.states()),
                ResourceNames.label(id),
                "EEP " + profile.id() + " " + id,
                null,
                null);
        return spec.writable() ? d.writable(relinquishDefault(spec)) : d;
    }

    /**
     * What a writable resource falls back to when every priority is relinquished: switches and outputs off; nothing
     * for valve set points, so the valve keeps running on its own.
     */
    private static Object relinquishDefault(ResourceSpec spec) {
        if (spec.id().startsWith("output") || spec.id().equals("dimValue")) {
            return 0.0;
        }
        return spec.id().equals("switch") ? Boolean.FALSE : null;
    }

    private static ValueType type(ResourceSpec.ValueType type) {
        return switch (type) {
            case NUMBER -> ValueType.NUMBER;
            case INTEGER -> ValueType.INTEGER;
            case BOOLEAN -> ValueType.BOOLEAN;
            case ENUM -> ValueType.ENUM;
        };
    }
}
