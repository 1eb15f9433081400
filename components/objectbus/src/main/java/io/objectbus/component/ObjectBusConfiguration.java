// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** Endpoint options of the {@code objectbus} component. */
@UriParams
public class ObjectBusConfiguration implements Cloneable {

    @UriParam(
            description = "The object: its id for producers; for the set consumer a glob (* and ?) of the objects"
                    + " whose writes this route applies.")
    private String object;

    @UriParam(label = "producer", description = "The resource a single value in the body is for.")
    private String resource;

    @UriParam(
            description = "set: take writes only for objects of this protocol; connection: the protocol of the"
                    + " connection object.")
    private String protocol;

    @UriParam(
            label = "producer",
            defaultValue = "connection",
            description = "connection: the type of the connection object, connection or, for an adapter that reaches"
                    + " its devices through a gateway, gateway.")
    @Metadata(defaultValue = "connection")
    private String type = "connection";

    @UriParam(
            label = "producer",
            defaultValue = "true",
            description = "connection: whether down turns the route's other objects stale; false for an adapter that"
                    + " marks stale itself the objects a connection's loss cuts off (a device heard by several"
                    + " gateways).")
    @Metadata(defaultValue = "true")
    private boolean staleOwned = true;

    @UriParam(
            label = "producer",
            description = "describe: the endpoint that applies the writes of the objects described (a kamelet or"
                    + " direct endpoint of the adapter); its producer starts and stops with this one. Without it the"
                    + " writes go to an objectbus:set consumer. Give it as RAW(...) when it has options of its own.")
    private String writeUri;

    @UriParam(
            label = "producer",
            description = "describe: the endpoint that runs the commands ($cmd) the described objects list (a"
                    + " kamelet or direct endpoint of the adapter); its producer starts and stops with this one."
                    + " Give it as RAW(...) when it has options of its own.")
    private String commandUri;

    @UriParam(
            label = "consumer",
            description = "subscribe (required): the MQTT topic filters to receive, comma-separated, with the MQTT"
                    + " wildcards: a plus sign for one level, # for all below. A plus sign in a URI reads as a space,"
                    + " so the component takes spaces here as plus signs; a filter with real spaces needs RAW().")
    private String topic;

    @UriParam(
            label = "consumer",
            description = "subscribe: a name (letters, digits, - and _) that makes the subscription durable: its queues"
                    + " keep what is published while the route is stopped, and what was published at QoS 1 or 2 also"
                    + " across a restart of the node. Without it the queues are removed when the route stops.")
    private String subscription;

    @UriParam(
            label = "producer",
            defaultValue = "good",
            enums = "good,uncertain,bad,stale",
            description = "Quality of the values when the message does not say.")
    @Metadata(defaultValue = "good")
    private String quality = "good";

    public String getObject() {
        return object;
    }

    /**
     * The object: its id for producers; for the set consumer a glob (* and ?) of the objects whose writes this route
     * applies.
     */
    public void setObject(String object) {
        this.object = object;
    }

    public String getResource() {
        return resource;
    }

    /** The resource a single value in the body is for. */
    public void setResource(String resource) {
        this.resource = resource;
    }

    public String getProtocol() {
        return protocol;
    }

    /** set: take writes only for objects of this protocol; connection: the protocol of the connection object. */
    public void setProtocol(String protocol) {
        this.protocol = protocol;
    }

    public boolean isStaleOwned() {
        return staleOwned;
    }

    /**
     * connection: whether down turns the route's other objects stale; false for an adapter that marks stale itself the
     * objects a connection's loss cuts off (a device heard by several gateways).
     */
    public void setStaleOwned(boolean staleOwned) {
        this.staleOwned = staleOwned;
    }

    public String getType() {
        return type;
    }

    /**
     * connection: the type of the connection object, connection or, for an adapter that reaches its devices through a
     * gateway, gateway.
     */
    public void setType(String type) {
        this.type = type;
    }

    public String getWriteUri() {
        return writeUri;
    }

    /**
     * describe: the endpoint that applies the writes of the objects described (a kamelet or direct endpoint of the
     * adapter); its producer starts and stops with this one. Without it the writes go to an objectbus:set consumer.
     * Give it as RAW(...) when it has options of its own.
     */
    public void setWriteUri(String writeUri) {
        this.writeUri = writeUri;
    }

    public String getCommandUri() {
        return commandUri;
    }

    /**
     * describe: the endpoint that runs the commands ($cmd) the described objects list (a kamelet or direct endpoint
     * of the adapter); its producer starts and stops with this one. Give it as RAW(...) when it has options of its
     * own.
     */
    public void setCommandUri(String commandUri) {
        this.commandUri = commandUri;
    }

    public String getTopic() {
        return topic;
    }

    /**
     * subscribe (required): the MQTT topic filters to receive, comma-separated, with the MQTT wildcards: a plus sign
     * for one level, # for all below. A plus sign in a URI reads as a space, so the component takes spaces here as
     * plus signs; a filter with real spaces needs RAW().
     */
    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getSubscription() {
        return subscription;
    }

    /**
     * subscribe: a name (letters, digits, - and _) that makes the subscription durable: its queues keep what is
     * published while the route is stopped, and what was published at QoS 1 or 2 also across a restart of the node.
     * Without it the queues are removed when the route stops.
     */
    public void setSubscription(String subscription) {
        this.subscription = subscription;
    }

    public String getQuality() {
        return quality;
    }

    /** Quality of the values when the message does not say. */
    public void setQuality(String quality) {
        this.quality = quality;
    }

    public ObjectBusConfiguration copy() {
        try {
            return (ObjectBusConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
