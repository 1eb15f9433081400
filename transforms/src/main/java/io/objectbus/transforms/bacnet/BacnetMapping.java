// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.bacnet;

import io.objectbus.bacnet.network.DeviceLost;
import io.objectbus.bacnet.network.DeviceScan;
import io.objectbus.bacnet.network.PointSnapshot;
import io.objectbus.bacnet.network.PointValues;
import io.objectbus.bus.WriteCommand;
import io.objectbus.model.ObjectDescriptor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The BACnet objects of one adapter on the bus: descriptors from scans, values from scans, COV notifications and
 * polls, the objects of a lost device, and writes as WriteProperty plans. It remembers what each object is and which
 * priority the bus holds on the device.
 */
public final class BacnetMapping {
    private final Map<String, PointInfo> points = new ConcurrentHashMap<>();
    private final Map<Integer, Set<String>> byDevice = new ConcurrentHashMap<>();
    private final Map<String, Integer> held = new ConcurrentHashMap<>();
    private final List<String> removed = new ArrayList<>();

    /** The descriptors of a scanned device's objects; objects an earlier scan had and this one not go to removed. */
    public synchronized List<ObjectDescriptor> describe(DeviceScan scan, boolean writes) {
        return describe(BacnetDevice.of(scan), writes);
    }

    public synchronized List<ObjectDescriptor> describe(BacnetDevice device, boolean writes) {
        List<ObjectDescriptor> descriptors = new ArrayList<>();
        Set<String> ids = ConcurrentHashMap.newKeySet();
        for (BacnetObjects.Mapped mapped : BacnetObjects.describe(device, writes)) {
            points.put(mapped.point().objectId(), mapped.point());
            ids.add(mapped.point().objectId());
            descriptors.add(mapped.descriptor());
        }
        Set<String> before = byDevice.put(device.instance(), ids);
        if (before != null) {
            before.stream().filter(id -> !ids.contains(id)).forEach(this::forget);
        }
        return descriptors;
    }

    private void forget(String objectId) {
        points.remove(objectId);
        held.remove(objectId);
        removed.add(objectId);
    }

    /** Objects that the latest scans no longer found; each is returned once. */
    public synchronized List<String> removed() {
        List<String> gone = List.copyOf(removed);
        removed.clear();
        return gone;
    }

    /** The present values a scan read. */
    public List<Map<String, Object>> samples(DeviceScan scan) {
        return samples(scan.device().instance(), scan.objects(), scan.at());
    }

    /** The present values of a COV notification or a poll. */
    public List<Map<String, Object>> samples(PointValues values) {
        return samples(values.device().instance(), values.objects(), values.at());
    }

    public List<Map<String, Object>> samples(int device, List<PointSnapshot> objects, Instant at) {
        List<Map<String, Object>> samples = new ArrayList<>();
        for (PointSnapshot snapshot : objects) {
            PointInfo point = points.get(BacnetObjects.objectId(device, snapshot.id()));
            if (point != null) {
                samples.add(BacnetSamples.sample(point, snapshot.properties(), at));
            }
        }
        samples.removeIf(Objects::isNull);
        return samples;
    }

    /** The bus ids of a lost device's objects. */
    public List<String> objectIds(DeviceLost lost) {
        return lost.objects().stream()
                .map(id -> BacnetObjects.objectId(lost.device().instance(), id))
                .filter(points::containsKey)
                .toList();
    }

    /**
     * The WriteProperty requests that bring a bus write to the device.
     *
     * @throws IllegalArgumentException for an object this adapter does not know, or a value it cannot take
     */
    public BacnetWritePlan write(WriteCommand command) {
        PointInfo point = points.get(command.objectId());
        if (point == null) {
            throw new IllegalArgumentException("no BACnet object backs " + command.objectId());
        }
        return BacnetWritePlan.of(point, command, held.get(command.objectId()));
    }

    /** The device took every step of the plan: the bus now holds the plan's priority there. */
    public void applied(BacnetWritePlan plan) {
        if (plan.holds() == 0) {
            held.remove(plan.objectId());
        } else {
            held.put(plan.objectId(), plan.holds());
        }
    }

    /** The bus ids of a device's objects. */
    public List<String> objectIds(int device) {
        return List.copyOf(byDevice.getOrDefault(device, Set.of()));
    }

    /** The levels of a device's priority arrays that hold the bus's commands, as far as this adapter wrote them. */
    public List<HeldLevel> held(int device) {
        List<HeldLevel> levels = new ArrayList<>();
        held.forEach((objectId, priority) -> {
            PointInfo point = points.get(objectId);
            if (point != null && point.device() == device) {
                levels.add(new HeldLevel(
                        objectId, device, point.address(), point.id().toString(), priority));
            }
        });
        return levels;
    }

    /** Every object of this adapter, by bus id. */
    public Set<String> objectIds() {
        return Set.copyOf(points.keySet());
    }
}
