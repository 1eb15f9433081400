// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean.adapter;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;

/**
 * The EnOcean gateways running in this node, so that two do not share an id or a device file, and a sender one of
 * them knows is not reported as unknown by another that hears it too. Writes do not come here: each adapter has its
 * own write route.
 */
final class EnoceanAdapters {

    static final String BEAN = "enoceanGateways";

    private final List<GatewayAdapter> adapters = new CopyOnWriteArrayList<>();

    /** The node's gateways, bound in its registry with the first one. */
    static synchronized EnoceanAdapters of(CamelContext context) {
        EnoceanAdapters known = context.getRegistry().lookupByNameAndType(BEAN, EnoceanAdapters.class);
        if (known == null) {
            known = new EnoceanAdapters();
            context.getRegistry().bind(BEAN, known);
        }
        return known;
    }

    /**
     * @throws IllegalArgumentException when another running gateway has the same id or device file
     */
    synchronized void register(GatewayAdapter adapter) {
        for (GatewayAdapter other : adapters) {
            AdapterSettings mine = adapter.settings();
            AdapterSettings theirs = other.settings();
            if (theirs.gatewayId().equals(mine.gatewayId())) {
                throw new IllegalArgumentException("two EnOcean gateways have the id " + mine.gatewayId());
            }
            if (theirs.deviceFile().toAbsolutePath().equals(mine.deviceFile().toAbsolutePath())) {
                throw new IllegalArgumentException("EnOcean gateways " + theirs.gatewayId() + " and "
                        + mine.gatewayId() + " share the device file " + mine.deviceFile()
                        + ": give each its own deviceFile");
            }
        }
        adapters.add(adapter);
    }

    void unregister(GatewayAdapter adapter) {
        adapters.remove(adapter);
    }

    /** Whether another gateway of this node knows the sender, so this one need not report it as unknown. */
    boolean knownElsewhere(GatewayAdapter self, int senderId) {
        return adapters.stream().anyMatch(a -> a != self && a.knows(senderId));
    }
}
