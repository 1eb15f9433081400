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
import io.objectbus.transforms.bacnet.HeldLevel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mappings of a node's BACnet adapters, by adapter name: the {@code bacnet-network} routes describe and report
 * through it, and the one writes route finds the adapter, and so the port, that owns a written object.
 */
public final class BacnetMappings {
    /** The bean's name in the registry. */
    public static final String BEAN = "bacnetMappings";

    private record Adapter(int localPort, BacnetMapping mapping) {}

    private final Map<String, Adapter> adapters = new ConcurrentHashMap<>();

    private BacnetMapping mapping(String name) {
        Adapter adapter = adapters.get(name);
        if (adapter == null) {
            throw new IllegalStateException("no BACnet adapter " + name);
        }
        return adapter.mapping();
    }

    /** The objects of a scanned device; the adapter is registered on its first scan. */
    public List<ObjectDescriptor> describe(String name, int localPort, DeviceScan scan, boolean writable) {
        // An adapter file saved with another port keeps its objects and writes through the new port.
        Adapter adapter = adapters.compute(
                name,
                (n, known) -> known == null
                        ? new Adapter(localPort, new BacnetMapping())
                        : new Adapter(localPort, known.mapping()));
        return adapter.mapping().describe(scan, writable);
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
        Adapter adapter = adapters.get(name);
        return adapter == null ? List.of() : adapter.mapping().held(device.instance());
    }

    /** Whether a priority-array element read back NULL: the device lost the bus's command there. */
    public boolean emptied(PropertyResult level) {
        return level.ok() && level.value() == null;
    }

    /**
     * The WriteProperty requests for a bus write, from the adapter that described the object.
     *
     * @throws IllegalArgumentException when no adapter knows the object or its value does not fit
     */
    public PlannedWrite write(WriteCommand command) {
        for (Map.Entry<String, Adapter> entry : adapters.entrySet()) {
            BacnetMapping mapping = entry.getValue().mapping();
            if (mapping.objectIds().contains(command.objectId())) {
                return new PlannedWrite(entry.getKey(), entry.getValue().localPort(), mapping.write(command));
            }
        }
        throw new IllegalArgumentException("no BACnet adapter knows " + command.objectId());
    }

    /** Drops an adapter that was removed; returns the bus ids of its objects, which leave the bus with it. */
    public List<String> forget(String name) {
        Adapter adapter = adapters.remove(name);
        return adapter == null ? List.of() : List.copyOf(adapter.mapping().objectIds());
    }

    /** Every request of the plan succeeded. */
    public void applied(PlannedWrite write) {
        mapping(write.adapter()).applied(write.plan());
    }
}
