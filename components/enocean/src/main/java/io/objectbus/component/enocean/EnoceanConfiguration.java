// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean;

import io.objectbus.component.enocean.frame.CommonCommandCode;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/** Endpoint options of the {@code enocean:} component, copied per endpoint. */
@UriParams
public class EnoceanConfiguration implements Cloneable {

    @UriPath(description = "How the gateway is reached: serial or tcp.", enums = "serial,tcp")
    @Metadata(required = true)
    private EnoceanTransport transport;

    @UriPath(description = "The serial port (e.g. /dev/ttyUSB0, COM3) or the TCP host:port of the gateway.")
    @Metadata(required = true)
    private String address;

    @UriParam(label = "serial", defaultValue = "57600")
    private int baudRate = 57600;

    @UriParam(label = "tcp", defaultValue = "5000", javaType = "java.time.Duration")
    private long connectTimeout = 5000;

    @UriParam(label = "advanced", defaultValue = "500", javaType = "java.time.Duration")
    private long reconnectDelay = 500;

    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration")
    private long maxReconnectDelay = 30000;

    @UriParam(label = "producer", defaultValue = "1000", javaType = "java.time.Duration")
    private long responseTimeout = 1000;

    @UriParam(label = "consumer", defaultValue = "true")
    private boolean deduplicate = true;

    @UriParam(label = "consumer", defaultValue = "500", javaType = "java.time.Duration")
    private long dedupWindow = 500;

    @UriParam(label = "consumer", defaultValue = "false")
    private boolean includeEvents;

    @UriParam(label = "consumer", defaultValue = "false")
    private boolean connectionEvents;

    @UriParam(label = "producer")
    private CommonCommandCode command;

    @UriParam(label = "producer", defaultValue = "00000000")
    private String senderId = "00000000";

    public EnoceanTransport getTransport() {
        return transport;
    }

    /** How the gateway is reached: serial (jSerialComm) or tcp (a ser2net-style relay of the same byte stream). */
    public void setTransport(EnoceanTransport transport) {
        this.transport = transport;
    }

    public String getAddress() {
        return address;
    }

    /** The serial port name (e.g. /dev/ttyUSB0, COM3) or host:port of a TCP gateway. */
    public void setAddress(String address) {
        this.address = address;
    }

    public int getBaudRate() {
        return baudRate;
    }

    /** Serial speed in baud; ESP3 gateways run at 57600, 8 data bits, no parity, 1 stop bit. */
    public void setBaudRate(int baudRate) {
        this.baudRate = baudRate;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /** How long a TCP connect may take, in milliseconds. */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getReconnectDelay() {
        return reconnectDelay;
    }

    /** The first delay before reconnecting after the connection fails, in milliseconds; doubled after each failure. */
    public void setReconnectDelay(long reconnectDelay) {
        this.reconnectDelay = reconnectDelay;
    }

    public long getMaxReconnectDelay() {
        return maxReconnectDelay;
    }

    /** The cap on the reconnect delay, in milliseconds. */
    public void setMaxReconnectDelay(long maxReconnectDelay) {
        this.maxReconnectDelay = maxReconnectDelay;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    /** How long the producer waits for the gateway's RESPONSE to a telegram or command, in milliseconds. */
    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public boolean isDeduplicate() {
        return deduplicate;
    }

    /** Whether repeated copies of the same telegram (same sender and data within dedupWindow) are dropped. */
    public void setDeduplicate(boolean deduplicate) {
        this.deduplicate = deduplicate;
    }

    public long getDedupWindow() {
        return dedupWindow;
    }

    /** How long after a telegram an identical one from the same sender counts as a repeated copy, in milliseconds. */
    public void setDedupWindow(long dedupWindow) {
        this.dedupWindow = dedupWindow;
    }

    public boolean isIncludeEvents() {
        return includeEvents;
    }

    /** Whether the consumer also emits the gateway's EVENT packets (body an Event record) besides radio telegrams. */
    public void setIncludeEvents(boolean includeEvents) {
        this.includeEvents = includeEvents;
    }

    public boolean isConnectionEvents() {
        return connectionEvents;
    }

    /**
     * Whether the consumer also emits the state of the connection to the gateway: one exchange when it starts (connecting,
     * or up when the shared connection is already open) and one on every change (up, down with the reason), body the state
     * and header CamelEnoceanConnection.
     */
    public void setConnectionEvents(boolean connectionEvents) {
        this.connectionEvents = connectionEvents;
    }

    public CommonCommandCode getCommand() {
        return command;
    }

    /** A common command the producer sends when the body is empty, e.g. CO_RD_VERSION or CO_RD_IDBASE. */
    public void setCommand(CommonCommandCode command) {
        this.command = command;
    }

    public String getSenderId() {
        return senderId;
    }

    /**
     * The sender ID (8 hex digits) of telegrams the producer builds from a byte[] or hex body; 00000000 lets the
     * gateway use its chip ID, a base ID (from CO_RD_IDBASE) plus 0..127 sends from its base ID range.
     */
    public void setSenderId(String senderId) {
        this.senderId = senderId;
    }

    /** The key under which endpoints share one connection. */
    public String gatewayKey() {
        return transport + ":" + address;
    }

    public EnoceanConfiguration copy() {
        try {
            return (EnoceanConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
