// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.modbus;

import io.objectbus.bus.WriteCommand;
import io.objectbus.modbus.model.ModbusReading;
import io.objectbus.modbus.model.ModbusWrite;
import io.objectbus.modbus.model.RegisterMap;
import io.objectbus.model.ObjectDescriptor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Modbus mapping as one bean for routes: the objects of every adapter, by adapter name. Each method names the
 * adapter first, so a kamelet calls {@code describe('{{name}}', ${body}, 'io-module')}.
 */
public final class ModbusMapping {

    private final Map<String, ModbusObjects> adapters = new ConcurrentHashMap<>();

    public ModbusObjects adapter(String name) {
        return adapters.computeIfAbsent(name, ModbusObjects::new);
    }

    /** A fresh describe starts the adapter's thresholds and rates anew. */
    public List<ObjectDescriptor> describe(String adapter, RegisterMap map, String type) {
        adapters.remove(adapter);
        return adapter(adapter).describe(map, type);
    }

    public List<Map<String, Object>> samples(String adapter, List<ModbusReading> readings) {
        return adapter(adapter).samples(readings);
    }

    public ModbusWrite write(String adapter, WriteCommand command) {
        return adapter(adapter).write(command);
    }
}
