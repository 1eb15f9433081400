// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import io.objectbus.broker.EmbeddedBroker;
import io.objectbus.bus.BusNode;
import io.objectbus.bus.BusSettings;
import io.objectbus.bus.EmbeddedTransport;
import io.objectbus.model.CovPolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.service.ServiceHelper;

/**
 * The bus as a Camel component: adapters publish values and descriptors with {@code to("objectbus:publish")} and take
 * writes with {@code from("objectbus:set?object=...")}. The component runs the node's bus on the embedded broker.
 */
@Component("objectbus")
public class ObjectBusComponent extends DefaultComponent {

    @Metadata(description = "The node id: the topic level after the prefix.", defaultValue = "node1")
    private String nodeId = "node1";

    @Metadata(description = "A readable name for the node; the id when not set.")
    private String nodeName;

    @Metadata(description = "The topic prefix.", defaultValue = "ob/v1")
    private String prefix = "ob/v1";

    @Metadata(description = "The embedded broker the bus runs on.", autowired = true)
    private EmbeddedBroker broker;

    @Metadata(
            label = "advanced",
            description = "A bus node built elsewhere; the component then builds none.",
            autowired = true)
    private BusNode bus;

    @Metadata(
            description = "MQTT QoS of value publications; 1 keeps them for persistent sessions across restarts.",
            defaultValue = "0",
            enums = "0,1")
    private int valueQos;

    @Metadata(description = "Milliseconds an adapter has to confirm a write.", defaultValue = "10000")
    private long writeTimeout = 10_000;

    @Metadata(label = "security", description = "Largest request payload in bytes.", defaultValue = "65536")
    private int maxRequestBytes = 64 * 1024;

    @Metadata(
            label = "security",
            description = "Requests ($set, $discover) per second the node answers.",
            defaultValue = "2000")
    private int requestsPerSecond = 2000;

    @Metadata(
            label = "cov",
            description =
                    "The node's COV policy, as deadband=0,deadband-percent=0," + "min-interval=0s,max-interval=10m.",
            defaultValue = "max-interval=10m")
    private String cov = "max-interval=10m";

    @Metadata(
            label = "cov",
            description = "COV policies by resource id, in the form of the cov option; they apply"
                    + " between the node's policy and an object's own.")
    private Map<String, String> covByResource = new HashMap<>();

    @Metadata(
            description = "Announce the node on $state: online from the start, with how its previous run ended, and"
                    + " offline at a clean stop.",
            defaultValue = "true")
    private boolean presence = true;

    @Metadata(
            label = "advanced",
            description = "Milliseconds between looks at heartbeats, stale objects and" + " expired priorities.",
            defaultValue = "500")
    private long sweepInterval = 500;

    private boolean ownsBus;
    private RouteOwners owners;
    private RouteLifecycle lifecycle;
    private final ConnectionStates connections = new ConnectionStates(Clock.systemUTC());

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        ObjectBusOperation operation = ObjectBusOperation.valueOf(remaining);
        if (operation == ObjectBusOperation.subscribe
                && parameters.get("topic") instanceof String topic
                && !uri.contains("topic=RAW(")
                && !uri.contains("topic=RAW{")) {
            // Camel decodes a URI's query as a form: the + of raw/+ arrives as a space.
            parameters.put("topic", topic.replace(' ', '+'));
        }
        ObjectBusEndpoint endpoint = new ObjectBusEndpoint(uri, this, operation, new ObjectBusConfiguration());
        setProperties(endpoint, parameters);
        if (operation == ObjectBusOperation.subscribe) {
            ObjectBusSubscribeConsumer.validate(endpoint.getConfiguration());
        }
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (bus == null) {
            if (broker == null) {
                throw new IllegalStateException("the objectbus component needs an EmbeddedBroker bean or a bus");
            }
            BusSettings settings = new BusSettings(
                    nodeId,
                    nodeName == null ? nodeId : nodeName,
                    prefix,
                    valueQos,
                    Duration.ofMillis(writeTimeout),
                    maxRequestBytes,
                    requestsPerSecond,
                    CovPolicy.parse(cov),
                    parsePolicies(),
                    Duration.ofMillis(sweepInterval));
            broker.start();
            EmbeddedTransport transport = new EmbeddedTransport(broker);
            Path runFolder = broker.settings().persistent() ? broker.settings().dataDir() : null;
            bus = presence
                    ? new BusNode(settings, transport, runFolder, Clock.systemUTC())
                    : new BusNode(settings, transport, Clock.systemUTC());
            bus.start();
            ownsBus = true;
        }
        owners = new RouteOwners(getCamelContext());
        lifecycle = new RouteLifecycle(this::getBus, owners);
        lifecycle.setCamelContext(getCamelContext());
        ServiceHelper.startService(lifecycle);
        getCamelContext().getManagementStrategy().addEventNotifier(lifecycle);
    }

    ConnectionStates connections() {
        return connections;
    }

    /** The route that owns what the exchange describes; null when no route made the exchange. */
    String owner(Exchange exchange) {
        return owners == null ? null : owners.of(exchange);
    }

    private Map<String, CovPolicy> parsePolicies() {
        Map<String, CovPolicy> policies = new HashMap<>();
        covByResource.forEach((resource, text) -> policies.put(resource, CovPolicy.parse(text)));
        return policies;
    }

    @Override
    protected void doStop() throws Exception {
        if (lifecycle != null) {
            getCamelContext().getManagementStrategy().removeEventNotifier(lifecycle);
            ServiceHelper.stopService(lifecycle);
            lifecycle = null;
        }
        if (ownsBus && bus != null) {
            bus.close();
            bus = null;
            ownsBus = false;
        }
        super.doStop();
    }

    public BusNode getBus() {
        return bus;
    }

    /** A bus node built elsewhere; the component then builds none. */
    public void setBus(BusNode bus) {
        this.bus = bus;
    }

    public EmbeddedBroker getBroker() {
        return broker;
    }

    /** The embedded broker the bus runs on. */
    public void setBroker(EmbeddedBroker broker) {
        this.broker = broker;
    }

    public String getNodeId() {
        return nodeId;
    }

    /** The node id: the topic level after the prefix. */
    public void setNodeId(String nodeId) {
        this.nodeId = nodeId;
    }

    public String getNodeName() {
        return nodeName;
    }

    /** A readable name for the node; the id when not set. */
    public void setNodeName(String nodeName) {
        this.nodeName = nodeName;
    }

    public String getPrefix() {
        return prefix;
    }

    /** The topic prefix. */
    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public int getValueQos() {
        return valueQos;
    }

    /** MQTT QoS of value publications; 1 keeps them for persistent sessions across restarts. */
    public void setValueQos(int valueQos) {
        this.valueQos = valueQos;
    }

    public long getWriteTimeout() {
        return writeTimeout;
    }

    /** Milliseconds an adapter has to confirm a write. */
    public void setWriteTimeout(long writeTimeout) {
        this.writeTimeout = writeTimeout;
    }

    public int getMaxRequestBytes() {
        return maxRequestBytes;
    }

    /** Largest request payload in bytes. */
    public void setMaxRequestBytes(int maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }

    public int getRequestsPerSecond() {
        return requestsPerSecond;
    }

    /** Requests ($set, $discover) per second the node answers. */
    public void setRequestsPerSecond(int requestsPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
    }

    public String getCov() {
        return cov;
    }

    /** The node's COV policy, as deadband=0,deadband-percent=0,min-interval=0s,max-interval=10m. */
    public void setCov(String cov) {
        this.cov = cov;
    }

    public Map<String, String> getCovByResource() {
        return covByResource;
    }

    /** COV policies by resource id, in the form of the cov option. */
    public void setCovByResource(Map<String, String> covByResource) {
        this.covByResource = covByResource;
    }

    public long getSweepInterval() {
        return sweepInterval;
    }

    /** Milliseconds between looks at heartbeats, stale objects and expired priorities. */
    public void setSweepInterval(long sweepInterval) {
        this.sweepInterval = sweepInterval;
    }

    public boolean isPresence() {
        return presence;
    }

    /**
     * Announce the node on $state: online from the start, with how its previous run ended, and offline at a clean
     * stop.
     */
    public void setPresence(boolean presence) {
        this.presence = presence;
    }
}
