// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** Options of a {@code bacnet:} endpoint, copied from the component for each endpoint. */
@Configurer
@UriParams
public class BacnetConfiguration implements Cloneable {
    @UriParam(label = "common", defaultValue = "47808")
    private int localPort = 47808;

    @UriParam(label = "common", defaultValue = "0.0.0.0")
    private String bindAddress = "0.0.0.0";

    @UriParam(label = "common", defaultValue = "255.255.255.255")
    private String broadcastAddress = "255.255.255.255";

    @UriParam(label = "common", defaultValue = "47808")
    private int broadcastPort = 47808;

    @UriParam(label = "advanced")
    private String bbmdAddress;

    @UriParam(label = "advanced", defaultValue = "300")
    private int foreignDeviceTtl = 300;

    @UriParam(label = "common", defaultValue = "3000")
    private long apduTimeout = 3000L;

    @UriParam(label = "common", defaultValue = "3")
    private int apduRetries = 3;

    @UriParam(label = "producer", defaultValue = "readProperty")
    private BacnetOperation operation = BacnetOperation.readProperty;

    @UriParam(label = "common")
    private Integer deviceInstance;

    @UriParam(label = "common")
    private String deviceAddress;

    @UriParam(label = "producer")
    private String objectType;

    @UriParam(label = "producer")
    private Integer objectInstance;

    @UriParam(label = "producer", defaultValue = "present-value")
    private String propertyId = "present-value";

    @UriParam(label = "producer")
    private Integer arrayIndex;

    @UriParam(label = "producer")
    private Integer priority;

    @UriParam(label = "consumer", defaultValue = "60000")
    private long whoIsInterval = 60000L;

    @UriParam(label = "consumer", defaultValue = "10000")
    private long pollInterval = 10000L;

    @UriParam(label = "consumer", defaultValue = "-1")
    private int whoIsLowLimit = -1;

    @UriParam(label = "consumer", defaultValue = "-1")
    private int whoIsHighLimit = -1;

    @UriParam(label = "producer", defaultValue = "2000")
    private long whoIsWait = 2000L;

    @UriParam(label = "consumer")
    private String covObjects;

    @UriParam(label = "common", defaultValue = "false")
    private boolean covConfirmed;

    @UriParam(label = "common", defaultValue = "300")
    private int covLifetime = 300;

    @UriParam(label = "advanced", defaultValue = "1")
    private long subscriberProcessId = 1L;

    public int getLocalPort() {
        return localPort;
    }

    /** The local UDP port. Endpoints on the same port share one BACnet/IP transport; each process on a host needs its own port. */
    public void setLocalPort(int localPort) {
        this.localPort = localPort;
    }

    public String getBindAddress() {
        return bindAddress;
    }

    /** The local address to bind; 0.0.0.0 receives broadcasts on every interface. */
    public void setBindAddress(String bindAddress) {
        this.bindAddress = bindAddress;
    }

    public String getBroadcastAddress() {
        return broadcastAddress;
    }

    /** Where Who-Is and other broadcasts go, e.g. the subnet's directed broadcast, or 127.255.255.255 on loopback. */
    public void setBroadcastAddress(String broadcastAddress) {
        this.broadcastAddress = broadcastAddress;
    }

    public int getBroadcastPort() {
        return broadcastPort;
    }

    /** The UDP port broadcasts are sent to, which is the port of the devices to reach. */
    public void setBroadcastPort(int broadcastPort) {
        this.broadcastPort = broadcastPort;
    }

    public String getBbmdAddress() {
        return bbmdAddress;
    }

    /** A BBMD (host:port) to register with as a foreign device; broadcasts then go through it. */
    public void setBbmdAddress(String bbmdAddress) {
        this.bbmdAddress = bbmdAddress;
    }

    public int getForeignDeviceTtl() {
        return foreignDeviceTtl;
    }

    /** Time-to-live in seconds of the foreign device registration; it is renewed at half of it. */
    public void setForeignDeviceTtl(int foreignDeviceTtl) {
        this.foreignDeviceTtl = foreignDeviceTtl;
    }

    public long getApduTimeout() {
        return apduTimeout;
    }

    /** Milliseconds to wait for the answer to a confirmed request before it is sent again. */
    public void setApduTimeout(long apduTimeout) {
        this.apduTimeout = apduTimeout;
    }

    public int getApduRetries() {
        return apduRetries;
    }

    /** How often a confirmed request is sent again before it fails with a timeout. */
    public void setApduRetries(int apduRetries) {
        this.apduRetries = apduRetries;
    }

    public BacnetOperation getOperation() {
        return operation;
    }

    /** The producer operation, when the CamelBacnetOperation header does not name one. */
    public void setOperation(BacnetOperation operation) {
        this.operation = operation;
    }

    public Integer getDeviceInstance() {
        return deviceInstance;
    }

    /** The device instance to talk to; resolved to an address with Who-Is when no device address is given. For the cov consumer, the device of the covObjects. */
    public void setDeviceInstance(Integer deviceInstance) {
        this.deviceInstance = deviceInstance;
    }

    public String getDeviceAddress() {
        return deviceAddress;
    }

    /** The device address as host:port, or host:port/network/machex for a device behind a router. */
    public void setDeviceAddress(String deviceAddress) {
        this.deviceAddress = deviceAddress;
    }

    public String getObjectType() {
        return objectType;
    }

    /** The object type: a name (analog-input, analogInput, AI) or a number. */
    public void setObjectType(String objectType) {
        this.objectType = objectType;
    }

    public Integer getObjectInstance() {
        return objectInstance;
    }

    /** The object instance number. */
    public void setObjectInstance(Integer objectInstance) {
        this.objectInstance = objectInstance;
    }

    public String getPropertyId() {
        return propertyId;
    }

    /** The property identifier: a name (present-value) or a number. */
    public void setPropertyId(String propertyId) {
        this.propertyId = propertyId;
    }

    public Integer getArrayIndex() {
        return arrayIndex;
    }

    /** The array index to read or write; 0 reads an array's length. */
    public void setArrayIndex(Integer arrayIndex) {
        this.arrayIndex = arrayIndex;
    }

    public Integer getPriority() {
        return priority;
    }

    /** The write priority 1..16; without it the device writes at priority 16. */
    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    public long getWhoIsInterval() {
        return whoIsInterval;
    }

    /** Milliseconds between the Who-Is broadcasts of the devices consumer; 0 sends one at start only. */
    public void setWhoIsInterval(long whoIsInterval) {
        this.whoIsInterval = whoIsInterval;
    }

    public long getPollInterval() {
        return pollInterval;
    }

    /**
     * Milliseconds between the network consumer's polls of objects without COV, and its checks that each device
     * still answers.
     */
    public void setPollInterval(long pollInterval) {
        this.pollInterval = pollInterval;
    }

    public int getWhoIsLowLimit() {
        return whoIsLowLimit;
    }

    /** Lowest device instance Who-Is asks for; -1 asks every device. */
    public void setWhoIsLowLimit(int whoIsLowLimit) {
        this.whoIsLowLimit = whoIsLowLimit;
    }

    public int getWhoIsHighLimit() {
        return whoIsHighLimit;
    }

    /** Highest device instance Who-Is asks for; -1 asks every device. */
    public void setWhoIsHighLimit(int whoIsHighLimit) {
        this.whoIsHighLimit = whoIsHighLimit;
    }

    public long getWhoIsWait() {
        return whoIsWait;
    }

    /** Milliseconds the whoIs and whoHas operations collect answers. */
    public void setWhoIsWait(long whoIsWait) {
        this.whoIsWait = whoIsWait;
    }

    public String getCovObjects() {
        return covObjects;
    }

    /** Objects the cov consumer subscribes to on the configured device, e.g. analog-input:1,binary-input:2. */
    public void setCovObjects(String covObjects) {
        this.covObjects = covObjects;
    }

    public boolean isCovConfirmed() {
        return covConfirmed;
    }

    /** Whether COV subscriptions ask for confirmed notifications. */
    public void setCovConfirmed(boolean covConfirmed) {
        this.covConfirmed = covConfirmed;
    }

    public int getCovLifetime() {
        return covLifetime;
    }

    /** Lifetime of COV subscriptions in seconds, renewed before it runs out; 0 subscribes indefinitely. */
    public void setCovLifetime(int covLifetime) {
        this.covLifetime = covLifetime;
    }

    public long getSubscriberProcessId() {
        return subscriberProcessId;
    }

    /** The subscriber process identifier of COV subscriptions. */
    public void setSubscriberProcessId(long subscriberProcessId) {
        this.subscriberProcessId = subscriberProcessId;
    }

    /** A copy, so that each endpoint can change its own options. */
    public BacnetConfiguration copy() {
        try {
            return (BacnetConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
