// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import io.objectbus.bus.ValueCoercion;
import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.frame.Rorg;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * EnOcean devices as bus objects: a device (sender ID and EEP) becomes one object whose resources come from its
 * profile, plus {@code rssi} and {@code last-seen}; a telegram from it becomes values of that object. Normalising
 * never throws: whatever cannot be used is left out and named in {@link Normalised#problems()}.
 */
public final class EnoceanNormaliser {

    public static final String PROTOCOL = "enocean";

    /** A device that may miss this many reports in a row before it counts as silent. */
    static final double MISSED_REPORTS = 2.5;

    private final EepRegistry profiles;
    private final Map<EnoceanDevice, ObjectDescriptor> descriptors = new ConcurrentHashMap<>();

    public EnoceanNormaliser(EepRegistry profiles) {
        this.profiles = profiles;
    }

    /** What a telegram gave for one object: values by resource id, and what could not be used. */
    public record Normalised(String objectId, Map<String, Object> values, List<String> problems) {
        public Normalised {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
            problems = List.copyOf(problems);
        }
    }

    public EepRegistry profiles() {
        return profiles;
    }

    /**
     * The object of a device.
     *
     * @throws IllegalArgumentException when its profile is not supported
     */
    public ObjectDescriptor describe(EnoceanDevice device) {
        return descriptors.computeIfAbsent(device, this::build);
    }

    private ObjectDescriptor build(EnoceanDevice device) {
        EepProfile profile = profile(device);
        long interval = device.expectedInterval();
        return new ObjectDescriptor(
                device.objectId(),
                device.name() != null ? device.name() : profile.title() + " " + device.sender(),
                DeviceKinds.type(profile.id()),
                PROTOCOL,
                device.sender(),
                device.location(),
                List.of(PROTOCOL, device.eep()),
                ProfileResources.of(profile, device),
                (long) Math.ceil(interval * MISSED_REPORTS));
    }

    private EepProfile profile(EnoceanDevice device) {
        return profiles.find(device.eepId())
                .orElseThrow(() -> new IllegalArgumentException("EEP " + device.eep() + " is not supported"));
    }

    /** The values a telegram of the device carries, with its RSSI and the time it was received. */
    public Normalised normalise(EnoceanDevice device, Erp1Telegram telegram, Instant receivedAt) {
        ObjectDescriptor object;
        try {
            object = describe(device);
        } catch (RuntimeException e) {
            return new Normalised(device.objectId(), Map.of(), List.of(e.getMessage()));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Reading reading : decode(device, telegram, problems)) {
            accept(object, ResourceNames.toBus(reading.resource()), reading.value(), values, problems);
        }
        if (telegram.hasDbm()) {
            values.put(ProfileResources.RSSI, (double) telegram.dbm());
        }
        values.put(ProfileResources.LAST_SEEN, io.objectbus.bus.Json.timestamp(receivedAt));
        return new Normalised(object.id(), values, problems);
    }

    private List<Reading> decode(EnoceanDevice device, Erp1Telegram telegram, List<String> problems) {
        if (isTeachIn(telegram)) {
            problems.add("teach-in telegram from a known device: no values");
            return List.of();
        }
        try {
            EepResult result = profiles.decode(device.eepId(), telegram);
            problems.addAll(result.problems());
            return result.readings();
        } catch (RuntimeException e) {
            // A decoder bug must not lose the telegram's RSSI and last-seen, nor stop the adapter.
            problems.add(device.eep() + " decoder failed: " + e);
            return List.of();
        }
    }

    private static boolean isTeachIn(Erp1Telegram telegram) {
        return telegram.rorg() == Rorg.UTE || TeachIn.isTeachIn(telegram.rorg(), telegram.userData());
    }

    private static void accept(
            ObjectDescriptor object, String id, Object value, Map<String, Object> values, List<String> problems) {
        ResourceDescriptor resource = object.resources().get(id);
        if (resource == null) {
            problems.add(id + " is not a resource of " + object.id() + " (more channels than configured?)");
            return;
        }
        try {
            values.put(id, ValueCoercion.coerce(resource, value));
        } catch (IllegalArgumentException e) {
            problems.add(id + ": " + e.getMessage());
        }
    }
}
