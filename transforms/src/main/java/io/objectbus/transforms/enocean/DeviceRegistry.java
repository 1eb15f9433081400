// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The devices one gateway knows, by sender ID: those of the configuration and those taught in, kept in a
 * {@link DeviceFile} across restarts. Actuators get a sender offset in the gateway's base ID range the first time they
 * are known and keep it, because the device stores the sender ID it was taught with.
 */
public final class DeviceRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceRegistry.class);
    private static final int OFFSETS = 128;

    private final DeviceFile file;
    private final EepRegistry profiles;
    private final Map<Integer, EnoceanDevice> devices = new TreeMap<>();

    private DeviceRegistry(DeviceFile file, EepRegistry profiles) {
        this.file = file;
        this.profiles = profiles;
    }

    /**
     * Loads the file, drops configured devices no longer in the configuration, adds the configured ones (the
     * configuration wins over the file, but keeps the sender offset the file recorded) and saves the result.
     *
     * @throws IllegalArgumentException when a configured device has an unsupported profile or a taken offset
     */
    public static DeviceRegistry open(DeviceFile file, List<EnoceanDevice> configured, EepRegistry profiles) {
        DeviceRegistry registry = new DeviceRegistry(file, profiles);
        registry.load();
        registry.merge(configured);
        registry.save();
        return registry;
    }

    private synchronized void load() {
        for (EnoceanDevice d : file.load()) {
            // Configured entries are kept only for the sender offsets they recorded; merge() replaces them.
            if (EnoceanDevice.CONFIG.equals(d.source())
                    || profiles.find(d.eepId()).isPresent()) {
                devices.put(d.senderId(), d);
            } else {
                LOG.warn(
                        "EnOcean device {} in {} has unsupported profile {}; skipped",
                        d.sender(),
                        file.path(),
                        d.eep());
            }
        }
    }

    private synchronized void merge(List<EnoceanDevice> configured) {
        Map<Integer, EnoceanDevice> previous = new TreeMap<>(devices);
        devices.values().removeIf(d -> EnoceanDevice.CONFIG.equals(d.source()));
        for (EnoceanDevice d : configured) {
            requireSupported(d);
            EnoceanDevice known = previous.get(d.senderId());
            Integer offset = d.senderOffset() != null ? d.senderOffset() : known == null ? null : known.senderOffset();
            devices.put(d.senderId(), d.withSenderOffset(offset));
        }
        requireDistinctOffsets();
        devices.replaceAll((id, d) -> withOffsetIfActuator(d));
    }

    private void requireSupported(EnoceanDevice d) {
        if (profiles.find(d.eepId()).isEmpty()) {
            throw new IllegalArgumentException("EnOcean device " + d.sender() + ": profile " + d.eep()
                    + " is not supported (see docs/components/enocean.md)");
        }
    }

    private void requireDistinctOffsets() {
        Map<Integer, String> taken = new TreeMap<>();
        for (EnoceanDevice d : devices.values()) {
            if (d.senderOffset() != null) {
                String other = taken.put(d.senderOffset(), d.sender());
                if (other != null) {
                    throw new IllegalArgumentException("EnOcean devices " + other + " and " + d.sender()
                            + " both use sender offset " + d.senderOffset());
                }
            }
        }
    }

    public synchronized Optional<EnoceanDevice> find(int senderId) {
        return Optional.ofNullable(devices.get(senderId));
    }

    public synchronized Optional<EnoceanDevice> findByObject(String objectId) {
        return devices.values().stream()
                .filter(d -> d.objectId().equals(objectId))
                .findFirst();
    }

    public synchronized List<EnoceanDevice> all() {
        return List.copyOf(devices.values());
    }

    public synchronized int size() {
        return devices.size();
    }

    /**
     * Adds or replaces a device that taught in and saves the file. A device taught in again keeps its sender offset.
     *
     * @throws IllegalStateException when an actuator needs an offset and all 127 are taken
     */
    public synchronized EnoceanDevice teachIn(EnoceanDevice device) {
        EnoceanDevice known = devices.get(device.senderId());
        EnoceanDevice added = device.withSenderOffset(known == null ? null : known.senderOffset());
        devices.put(device.senderId(), withOffsetIfActuator(added));
        save();
        return devices.get(device.senderId());
    }

    /** Forgets a device (a UTE deletion request) and saves the file. */
    public synchronized boolean remove(int senderId) {
        boolean removed = devices.remove(senderId) != null;
        if (removed) {
            save();
        }
        return removed;
    }

    private EnoceanDevice withOffsetIfActuator(EnoceanDevice d) {
        if (d.senderOffset() != null || profiles.actuator(d.eepId()).isEmpty()) {
            return d;
        }
        return d.withSenderOffset(freeOffset(d));
    }

    private int freeOffset(EnoceanDevice d) {
        BitSet used = new BitSet(OFFSETS);
        used.set(0);
        devices.values().stream().filter(o -> o.senderOffset() != null).forEach(o -> used.set(o.senderOffset()));
        int free = used.nextClearBit(1);
        if (free >= OFFSETS) {
            throw new IllegalStateException("no free sender ID in the gateway's base ID range for " + d.sender());
        }
        return free;
    }

    private void save() {
        file.save(List.copyOf(devices.values()));
    }
}
