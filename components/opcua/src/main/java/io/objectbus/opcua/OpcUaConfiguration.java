// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua;

import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Options of an {@code opcua:} endpoint, copied from the component for each endpoint: how the consumer reaches its
 * server, what it browses and how it subscribes. Producers act through the consumer's connection, so only its
 * options count.
 */
@Configurer
@UriParams
public class OpcUaConfiguration implements Cloneable {

    @UriParam(label = "common")
    private String endpointUrl;

    @UriParam(label = "common", defaultValue = "i=85")
    private String roots = "i=85";

    @UriParam(label = "common", defaultValue = "3")
    private int depth = 3;

    @UriParam(
            label = "security",
            defaultValue = "None",
            enums = "None,Basic256Sha256,Aes128_Sha256_RsaOaep,Aes256_Sha256_RsaPss")
    private String securityPolicy = "None";

    @UriParam(label = "security", enums = "None,Sign,SignAndEncrypt")
    private String securityMode;

    @UriParam(label = "security")
    private String username;

    @UriParam(label = "security", secret = true)
    private String password;

    @UriParam(label = "security", defaultValue = "data/opcua")
    private String certificateDir = "data/opcua";

    @UriParam(label = "security")
    private String trustListDir;

    @UriParam(label = "consumer", defaultValue = "1000")
    private double samplingInterval = 1000;

    @UriParam(label = "consumer", defaultValue = "1000")
    private double publishingInterval = 1000;

    @UriParam(label = "consumer", defaultValue = "0")
    private double deadband;

    @UriParam(label = "consumer", defaultValue = "absolute", enums = "absolute,percent")
    private String deadbandType = "absolute";

    @UriParam(label = "consumer", defaultValue = "600000")
    private long browseInterval = 600_000;

    @UriParam(label = "consumer", defaultValue = "1000")
    private long reconnectDelay = 1000;

    @UriParam(label = "consumer", defaultValue = "30000")
    private long reconnectMaxDelay = 30_000;

    @UriParam(label = "advanced", defaultValue = "10000")
    private long requestTimeout = 10_000;

    /** A copy, so that each endpoint can change its own options. */
    public OpcUaConfiguration copy() {
        try {
            return (OpcUaConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    public String getEndpointUrl() {
        return endpointUrl;
    }

    /**
     * The server's endpoint URL, e.g. opc.tcp://plc.local:4840/path; the consumer needs it. The connection goes to
     * this host and port even where the server advertises another host name, as servers often advertise names their
     * clients cannot resolve.
     */
    public void setEndpointUrl(String endpointUrl) {
        this.endpointUrl = endpointUrl;
    }

    public String getRoots() {
        return roots;
    }

    /**
     * Comma-separated node ids to browse from: ns=2;s=Plant, or nsu=urn:vendor:plc;s=Plant (with the namespace URI, stable
     * when the server renumbers its namespaces). The default is the Objects folder.
     */
    public void setRoots(String roots) {
        this.roots = roots;
    }

    public int getDepth() {
        return depth;
    }

    /**
     * How many levels of Objects and folders below each root to browse.
     */
    public void setDepth(int depth) {
        this.depth = depth;
    }

    public String getSecurityPolicy() {
        return securityPolicy;
    }

    /**
     * The security policy of the server endpoint to use.
     */
    public void setSecurityPolicy(String securityPolicy) {
        this.securityPolicy = securityPolicy;
    }

    public String getSecurityMode() {
        return securityMode;
    }

    /**
     * The message security mode; when empty, None with policy None and SignAndEncrypt with any other policy.
     */
    public void setSecurityMode(String securityMode) {
        this.securityMode = securityMode;
    }

    public String getUsername() {
        return username;
    }

    /**
     * User name to log on with; anonymous when empty.
     */
    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    /**
     * Password of the user; never logged. Use RAW(...) in URIs for special characters.
     */
    public void setPassword(String password) {
        this.password = password;
    }

    public String getCertificateDir() {
        return certificateDir;
    }

    /**
     * Folder of the client's own application instance certificate, client.p12, made on first use with security; a
     * server with security must trust it.
     */
    public void setCertificateDir(String certificateDir) {
        this.certificateDir = certificateDir;
    }

    public String getTrustListDir() {
        return trustListDir;
    }

    /**
     * Folder of trusted server certificates (trusted/certs; rejected ones land in rejected/certs). When empty, any
     * server certificate is accepted and its SHA-1 thumbprint logged once.
     */
    public void setTrustListDir(String trustListDir) {
        this.trustListDir = trustListDir;
    }

    public double getSamplingInterval() {
        return samplingInterval;
    }

    /**
     * Sampling interval of the monitored items, ms.
     */
    public void setSamplingInterval(double samplingInterval) {
        this.samplingInterval = samplingInterval;
    }

    public double getPublishingInterval() {
        return publishingInterval;
    }

    /**
     * Publishing interval of the subscription, ms.
     */
    public void setPublishingInterval(double publishingInterval) {
        this.publishingInterval = publishingInterval;
    }

    public double getDeadband() {
        return deadband;
    }

    /**
     * Deadband of the data change filter on numeric Variables: a change smaller than this is not reported; 0 reports
     * every change.
     */
    public void setDeadband(double deadband) {
        this.deadband = deadband;
    }

    public String getDeadbandType() {
        return deadbandType;
    }

    /**
     * absolute, or percent of the Variable's EURange (the server must know the range).
     */
    public void setDeadbandType(String deadbandType) {
        this.deadbandType = deadbandType;
    }

    public long getBrowseInterval() {
        return browseInterval;
    }

    /**
     * Browse again every so many ms, to see a changed address space; 0 never.
     */
    public void setBrowseInterval(long browseInterval) {
        this.browseInterval = browseInterval;
    }

    public long getReconnectDelay() {
        return reconnectDelay;
    }

    /**
     * First wait before connecting again after a failed attempt, ms; it doubles on every failure up to
     * reconnectMaxDelay.
     */
    public void setReconnectDelay(long reconnectDelay) {
        this.reconnectDelay = reconnectDelay;
    }

    public long getReconnectMaxDelay() {
        return reconnectMaxDelay;
    }

    /**
     * Longest wait between connection attempts, ms.
     */
    public void setReconnectMaxDelay(long reconnectMaxDelay) {
        this.reconnectMaxDelay = reconnectMaxDelay;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    /**
     * Timeout of connecting and of each OPC UA request, ms.
     */
    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }
}
