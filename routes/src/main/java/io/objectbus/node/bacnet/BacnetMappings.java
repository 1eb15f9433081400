// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bacnet;

import io.objectbus.bacnet.client.DeviceInfo;
import io.objectbus.bacnet.client.PropertyResult;
import io.objectbus.bacnet.network.DeviceLost;
import io.objectbus.bacnet.network.DeviceScan;
import io.objectbus.bacnet.network.PointValues;
import io.objectbus.bus.WriteCommand;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.transforms.bacnet.BacnetMapping;
import io.objectbus.transforms.bacnet.BacnetWritePlan;
import io.objectbus.transforms.bacnet.HeldLevel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mappings of a node's BACnet adapters, by adapter name: each {@code bacnet-network} kamelet route describes and
 * reports through its adapter's mapping, and its own {@code bacnet-write} route plans the writes of its objects.
 */
public final class BacnetMappings {
    /** The bean's name in the registry. */
    public static final String BEAN = "bacnetMappings";

    private final Map<String, BacnetMapping> adapters = new ConcurrentHashMap<>();

    private BacnetMapping mapping(String name) {
        BacnetMapping mapping = adapters.get(name);
        if (mapping == null) {
            throw new IllegalStateException("no BACnet adapter " + name);
        }
        return mapping;
    }

    /** The objects of a scanned device; the adapter's mapping is made on its first scan. */
    public List<ObjectDescriptor> describe(String name, DeviceScan scan, boolean writable) {
        return adapters.computeIfAbsent(name, n -> new BacnetMapping()).describe(scan, writable);
    }

    public List<Map<String, Object>> scanSamples(String name, DeviceScan scan) {
        return mapping(name).samples(scan);
    }

    public List<Map<String, Object>> samples(String name, PointValues values) {
        return mapping(name).samples(values);
    }

    public List<String> removed(String name) {
        return mapping(name).removed();
    }

    public List<String> lost(String name, DeviceLost lost) {
        return mapping(name).objectIds(lost);
    }

    public String reason(DeviceLost lost) {
        return lost.reason();
    }

    /** The bus ids of a scanned device's objects, whose commands go to the device again. */
    public List<String> objectIds(String name, DeviceScan scan) {
        return mapping(name).objectIds(scan.device().instance());
    }

    /** The levels the bus holds on a device that said I-Am again, to check that it still has them. */
    public List<HeldLevel> held(String name, DeviceInfo device) {
        BacnetMapping mapping = adapters.get(name);
        return mapping == null ? List.of() : mapping.held(device.instance());
    }

    /** Whether a priority-array element read back NULL: the device lost the bus's command there. */
    public boolean emptied(PropertyResult level) {
        return level.ok() && level.value() == null;
    }

    /**
     * The WriteProperty requests for a bus write of one of the adapter's objects.
     *
     * @throws IllegalArgumentException when the adapter does not know the object or its value does not fit
     */
    public BacnetWritePlan write(String name, WriteCommand command) {
        return mapping(name).write(command);
    }

    /** Every request of the plan succeeded. */
    public void applied(String name, BacnetWritePlan plan) {
        mapping(name).applied(plan);
    }
}
