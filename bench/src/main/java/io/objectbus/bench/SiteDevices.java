// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import io.objectbus.broker.EmbeddedBroker;
import io.objectbus.bus.BusView;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.activemq.artemis.core.server.cluster.ClusterConnection;
import org.apache.camel.ProducerTemplate;

/**
 * The devices of a simulated site as an adapter describes them (room controllers: temperature, humidity, energy and a
 * writable setpoint), and what a member of the site's cluster holds of it.
 */
final class SiteDevices {

    private static final List<ResourceDescriptor> KINDS = List.of(
            ResourceDescriptor.number("°C").described("temperature", "room temperature"),
            ResourceDescriptor.number("%").described("humidity", "relative humidity"),
            new ResourceDescriptor(ValueType.INTEGER, "Wh", false, null, null, null, "energy", "meter", null, null),
            ResourceDescriptor.number("°C").writable(21.0).described("setpoint", "room setpoint"));

    private SiteDevices() {}

    /** Describes devices {@code o-from} to {@code o-(to-1)} through objectbus:describe, as an adapter's route does. */
    static String describe(ProducerTemplate template, int from, int to, int resources) {
        List<ObjectDescriptor> descriptors = new ArrayList<>();
        for (int o = from; o < to; o++) {
            Map<String, ResourceDescriptor> res = new LinkedHashMap<>();
            for (int r = 0; r < resources; r++) {
                // r{n}, the names the feeder reports; the descriptor names what the resource is.
                res.put("r" + r, KINDS.get(r % KINDS.size()));
            }
            descriptors.add(new ObjectDescriptor(
                    "o-" + o,
                    "Room " + o,
                    "room-controller",
                    "bench",
                    "10.0." + o / 250 + "." + o % 250,
                    null,
                    null,
                    res,
                    0));
        }
        template.sendBody("objectbus:describe", descriptors);
        return "{\"described\":" + descriptors.size() + "}";
    }

    /**
     * Objects this member's bus knows (its own and the other members'), members its cluster connection reaches, values
     * fed so far, and the bytes of messages held in the broker's addresses (the cluster's store-and-forward queues
     * among them).
     */
    static String picture(BusView view, EmbeddedBroker broker, Feeder feeder) {
        int members = 0;
        for (ClusterConnection connection : broker.server().getClusterManager().getClusterConnections()) {
            members += connection.getNodes().size();
        }
        long queued = broker.server().getPagingManager().getGlobalSize();
        return "{\"objects\":" + view.objects(BusView.Selection.ALL).size() + ",\"members\":" + members + ",\"fed\":"
                + feeder.sent() + ",\"queuedBytes\":" + queued + "}";
    }
}
