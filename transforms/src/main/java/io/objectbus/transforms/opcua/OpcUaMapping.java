// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.opcua;

import io.objectbus.bus.WriteCommand;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.opcua.model.UaAddressSpace;
import io.objectbus.opcua.model.UaValue;
import io.objectbus.opcua.model.UaWrite;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;

/**
 * The OPC UA mapping as one bean for routes: the objects of every adapter, by adapter name. Each method names the
 * adapter first, so a route template calls {@code describe('{{name}}', ${body})}.
 */
public final class OpcUaMapping {

    private final Map<String, OpcUaObjects> adapters = new ConcurrentHashMap<>();

    public OpcUaObjects adapter(String name) {
        return adapters.computeIfAbsent(name, OpcUaObjects::new);
    }

    public List<ObjectDescriptor> describe(String adapter, UaAddressSpace space) {
        return adapter(adapter).describe(space);
    }

    public List<ObjectDescriptor> describe(String adapter, UaAddressSpace space, boolean writes) {
        return adapter(adapter).describe(space, writes);
    }

    public List<NodeId> monitored(String adapter) {
        return adapter(adapter).monitored();
    }

    public List<String> objectIds(String adapter) {
        return adapter(adapter).objectIds();
    }

    public List<String> removed(String adapter) {
        return adapter(adapter).removed();
    }

    public List<Map<String, Object>> samples(String adapter, List<UaValue> values) {
        return adapter(adapter).samples(values);
    }

    public UaWrite write(String adapter, WriteCommand command) {
        return adapter(adapter).write(command);
    }
}
