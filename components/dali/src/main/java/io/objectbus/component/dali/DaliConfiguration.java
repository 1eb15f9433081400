// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/** Endpoint options of the {@code dali:} component, copied per endpoint. */
@UriParams
public class DaliConfiguration implements Cloneable {

    @UriPath(
            description = "The gateway's protocol: daliserver, helvarnet or lunatone.",
            enums = "daliserver,helvarnet,lunatone")
    @Metadata(required = true)
    private DaliGateway gateway;

    @UriPath(description = "The gateway's host:port.")
    @Metadata(required = true)
    private String address;

    @UriParam(defaultValue = "5000", javaType = "java.time.Duration")
    private long connectTimeout = 5000;

    @UriParam(defaultValue = "1000", javaType = "java.time.Duration")
    private long answerTimeout = 1000;

    @UriParam(label = "advanced", defaultValue = "14", javaType = "java.time.Duration")
    private long frameGap = 14;

    @UriParam(label = "advanced", defaultValue = "200")
    private int queueCapacity = 200;

    @UriParam(label = "advanced", defaultValue = "500", javaType = "java.time.Duration")
    private long reconnectDelay = 500;

    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration")
    private long maxReconnectDelay = 30000;

    @UriParam(label = "consumer", defaultValue = "false")
    private boolean connectionEvents;

    @UriParam(label = "helvarnet", defaultValue = "1.1.1")
    private String helvarnetSubnet = "1.1.1";

    public DaliGateway getGateway() {
        return gateway;
    }

    /** The gateway's protocol: daliserver (Tridonic DALI-USB multiplexer), helvarnet or lunatone. */
    public void setGateway(DaliGateway gateway) {
        this.gateway = gateway;
    }

    public String getAddress() {
        return address;
    }

    /** The gateway's host:port. */
    public void setAddress(String address) {
        this.address = address;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /** How long connecting to the gateway may take, ms. */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getAnswerTimeout() {
        return answerTimeout;
    }

    /** How long the gateway has to answer one frame, ms; a gateway that does not is taken for lost. */
    public void setAnswerTimeout(long answerTimeout) {
        this.answerTimeout = answerTimeout;
    }

    public long getFrameGap() {
        return frameGap;
    }

    /**
     * The least time between the end of one exchange and the next frame, ms (IEC 62386-101 settling times: 13.5 ms
     * after a forward frame).
     */
    public void setFrameGap(long frameGap) {
        this.frameGap = frameGap;
    }

    public int getQueueCapacity() {
        return queueCapacity;
    }

    /** How many commands may wait for the bus; more are refused at once (back-pressure). */
    public void setQueueCapacity(int queueCapacity) {
        this.queueCapacity = queueCapacity;
    }

    public long getReconnectDelay() {
        return reconnectDelay;
    }

    /** The first delay before connecting again after the gateway was lost, ms; doubled after each failure. */
    public void setReconnectDelay(long reconnectDelay) {
        this.reconnectDelay = reconnectDelay;
    }

    public long getMaxReconnectDelay() {
        return maxReconnectDelay;
    }

    /** The cap on the reconnect delay, ms. */
    public void setMaxReconnectDelay(long maxReconnectDelay) {
        this.maxReconnectDelay = maxReconnectDelay;
    }

    public boolean isConnectionEvents() {
        return connectionEvents;
    }

    /** Also emit the state of the link to the gateway (connecting, up, down) as exchanges. */
    public void setConnectionEvents(boolean connectionEvents) {
        this.connectionEvents = connectionEvents;
    }

    public String getHelvarnetSubnet() {
        return helvarnetSubnet;
    }

    /** HelvarNet: the DALI subnet as cluster.router.subnet; a short address n is its device n+1. */
    public void setHelvarnetSubnet(String helvarnetSubnet) {
        this.helvarnetSubnet = helvarnetSubnet;
    }

    /** Endpoints with the same key share one bus. */
    String busKey() {
        return gateway + ":" + address;
    }

    public DaliConfiguration copy() {
        try {
            return (DaliConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
