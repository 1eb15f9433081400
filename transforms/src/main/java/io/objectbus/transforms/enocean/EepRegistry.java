// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import io.objectbus.component.enocean.frame.Erp1Telegram;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The profiles this project decodes, by EEP number. */
public final class EepRegistry {

    private static final EepRegistry STANDARD = build();

    private final Map<EepId, EepProfile> profiles;

    private EepRegistry(Map<EepId, EepProfile> profiles) {
        this.profiles = profiles;
    }

    /** Every supported profile. */
    public static EepRegistry standard() {
        return STANDARD;
    }

    public Optional<EepProfile> find(EepId id) {
        return Optional.ofNullable(profiles.get(id));
    }

    /** Finds a profile by its text form, e.g. {@code A5-02-05}. */
    public Optional<EepProfile> find(String id) {
        return find(EepId.parse(id));
    }

    /** The profile as an actuator, when its devices take commands. */
    public Optional<EepActuator> actuator(EepId id) {
        return find(id).filter(EepActuator.class::isInstance).map(EepActuator.class::cast);
    }

    /** All profiles, ordered by EEP number. */
    public Collection<EepProfile> all() {
        return profiles.values();
    }

    /** Decodes a telegram with the given profile; an unknown profile is a rejection, not an exception. */
    public EepResult decode(EepId id, Erp1Telegram telegram) {
        return find(id).map(p -> p.decode(telegram))
                .orElseGet(() -> EepResult.rejected("profile " + id + " is not supported"));
    }

    private static EepRegistry build() {
        List<EepProfile> all = new ArrayList<>();
        all.addAll(SwitchCatalog.profiles());
        all.addAll(TemperatureCatalog.profiles());
        all.addAll(LightOccupancyCatalog.profiles());
        all.addAll(MultiSensorCatalog.profiles());
        all.addAll(RoomPanelCatalog.profiles());
        all.addAll(RoomPanelControlCatalog.profiles());
        for (int type = 0; type <= 3; type++) {
            all.add(new MeterReadingProfile(type));
        }
        all.add(new ValveActuatorProfile());
        all.add(new CentralCommandProfile());
        for (int type = 0; type <= 0x16; type++) {
            all.add(new ElectronicSwitchProfile(type));
        }
        Map<EepId, EepProfile> byId = new TreeMap<>();
        all.forEach(p -> {
            if (byId.put(p.id(), p) != null) {
                throw new IllegalStateException("profile " + p.id() + " defined twice");
            }
        });
        return new EepRegistry(Collections.unmodifiableMap(byId));
    }
}
