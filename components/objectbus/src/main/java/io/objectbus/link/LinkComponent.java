// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link;

import io.objectbus.component.ObjectBusComponent;
import io.objectbus.link.internal.Link;
import io.objectbus.link.internal.SeenIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/**
 * Links of this node to other nodes (routers) and to cloud brokers (bridges), over MQTT 5 with TLS, with store and
 * forward. Each {@code from("oblink:name?...")} is one link; what the far side sends comes out of it for
 * {@code to("objectbus:forward")}. It runs on the node of the {@code objectbus} component of the same context.
 */
@Component("oblink")
public class LinkComponent extends DefaultComponent {

    @Metadata(
            label = "advanced",
            defaultValue = "200000",
            description = "How many message ids the node remembers over all its links to drop what reaches it twice.")
    private int seenIds = 200_000;

    /** How long the links of a stopping node have to send what waits for them, then to store the rest. */
    private static final long SEND_MILLIS = 5000;

    private static final long STORE_MILLIS = 3000;

    private SeenIds seen;
    private ObjectBusComponent bus;
    private final List<Link> finishing = new CopyOnWriteArrayList<>();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        LinkEndpoint endpoint = new LinkEndpoint(uri, this, remaining, new LinkConfiguration());
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** The node's bus, from the objectbus component of this context, started if it is not yet. */
    synchronized ObjectBusComponent objectBus() {
        if (bus == null) {
            bus = getCamelContext().getComponent("objectbus", ObjectBusComponent.class);
        }
        if (bus == null) {
            throw new IllegalStateException("oblink needs the objectbus component in the same Camel context");
        }
        return bus;
    }

    /** A link of a route the stopping node stopped: it finishes when this component stops. */
    void finishAfterTheBus(Link link) {
        finishing.add(link);
    }

    /**
     * The node stops: the routes have stopped, adapters included. The bus stops first, so that its last publications
     * and the node's offline state are on the broker; then each link sends or stores what waits for it. The broker
     * stops after the components.
     */
    @Override
    protected void doStop() throws Exception {
        if (!finishing.isEmpty()) {
            if (bus != null) {
                bus.stop();
            }
            finishLinks();
        }
        super.doStop();
    }

    /** Side by side: each link sends what waits for it, then stores what is left; all within the same bounds. */
    private void finishLinks() throws InterruptedException {
        long sendBy = System.currentTimeMillis() + SEND_MILLIS;
        List<Link> late = new ArrayList<>();
        for (Link link : finishing) {
            if (!link.sendBefore(sendBy)) {
                late.add(link);
            }
        }
        late.forEach(Link::storeTheRest);
        for (Link link : late) {
            link.awaitStored(sendBy + STORE_MILLIS);
        }
        for (Link link : finishing) {
            link.stop();
        }
        finishing.clear();
    }

    synchronized SeenIds seenIds() {
        if (seen == null) {
            seen = new SeenIds(seenIds);
        }
        return seen;
    }

    public int getSeenIds() {
        return seenIds;
    }

    /** How many message ids the node remembers over all its links to drop what reaches it twice. */
    public void setSeenIds(int seenIds) {
        this.seenIds = seenIds;
    }
}
