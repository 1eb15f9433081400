// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.opcua;

import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** How an {@code opcua} endpoint reaches its server, what it browses and how it subscribes. */
@UriParams
public class OpcUaConfiguration implements Cloneable {

    @UriParam(
            description = "The server's endpoint URL, e.g. opc.tcp://plc.local:4840. The adapter connects to this"
                    + " host and port even where the server advertises another name.")
    @Metadata(required = true)
    private String endpointUrl;

    @UriParam(
            defaultValue = "i=85",
            description = "Comma-separated node ids to browse from (ns=2;s=Plant or nsu=urn:...;s=Plant); the default"
                    + " is the Objects folder.")
    private String roots = "i=85";

    @UriParam(defaultValue = "3", description = "How many levels of Objects and folders below each root to browse.")
    private int depth = 3;

    @UriParam(
            defaultValue = "None",
            enums = "None,Basic256Sha256,Aes128_Sha256_RsaOaep,Aes256_Sha256_RsaPss",
            description = "The security policy of the endpoint to use.")
    private String securityPolicy = "None";

    @UriParam(
            enums = "None,Sign,SignAndEncrypt",
            description = "The message security mode; None with policy None, else SignAndEncrypt when not set.")
    private String securityMode;

    @UriParam(label = "security", description = "User name; anonymous when empty.")
    private String username;

    @UriParam(label = "security", secret = true, description = "Password of the user.")
    private String password;

    @UriParam(
            label = "security",
            defaultValue = "data/opcua",
            description = "Folder for the adapter's own certificate (client.p12, made on first use), which a server"
                    + " with security must trust.")
    private String certificateDir = "data/opcua";

    @UriParam(
            label = "security",
            description = "Folder of trusted server certificates (trusted/certs); rejected ones land in rejected/."
                    + " Empty: any server certificate is accepted and its thumbprint logged.")
    private String trustListDir;

    @UriParam(label = "consumer", defaultValue = "1000", description = "Sampling interval of monitored items, ms.")
    private double samplingInterval = 1000;

    @UriParam(label = "consumer", defaultValue = "1000", description = "Publishing interval of the subscription, ms.")
    private double publishingInterval = 1000;

    @UriParam(
            label = "consumer",
            defaultValue = "0",
            description = "Deadband of numeric items: a change smaller than this is not reported.")
    private double deadband;

    @UriParam(
            label = "consumer",
            defaultValue = "absolute",
            enums = "absolute,percent",
            description = "absolute, or percent of the EURange (the server must know the range).")
    private String deadbandType = "absolute";

    @UriParam(
            label = "consumer",
            defaultValue = "600000",
            description = "Browse again every so many ms to pick up a changed address space; 0 never.")
    private long browseInterval = 600_000;

    @UriParam(
            label = "consumer",
            defaultValue = "1000",
            description = "First wait before connecting again after a failure, ms; it doubles on every failure.")
    private long reconnectDelay = 1000;

    @UriParam(label = "consumer", defaultValue = "30000", description = "Longest wait between connection attempts, ms.")
    private long reconnectMaxDelay = 30_000;

    @UriParam(label = "advanced", defaultValue = "10000", description = "Timeout of each OPC UA request, ms.")
    private long requestTimeout = 10_000;

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

    /** The server's endpoint URL. */
    public void setEndpointUrl(String endpointUrl) {
        this.endpointUrl = endpointUrl;
    }

    public String getRoots() {
        return roots;
    }

    /** Comma-separated node ids to browse from. */
    public void setRoots(String roots) {
        this.roots = roots;
    }

    public int getDepth() {
        return depth;
    }

    /** Levels of Objects and folders below each root to browse. */
    public void setDepth(int depth) {
        this.depth = depth;
    }

    public String getSecurityPolicy() {
        return securityPolicy;
    }

    /** The security policy of the endpoint to use. */
    public void setSecurityPolicy(String securityPolicy) {
        this.securityPolicy = securityPolicy;
    }

    public String getSecurityMode() {
        return securityMode;
    }

    /** The message security mode. */
    public void setSecurityMode(String securityMode) {
        this.securityMode = securityMode;
    }

    public String getUsername() {
        return username;
    }

    /** User name; anonymous when empty. */
    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    /** Password of the user. */
    public void setPassword(String password) {
        this.password = password;
    }

    public String getCertificateDir() {
        return certificateDir;
    }

    /** Folder for the adapter's own certificate. */
    public void setCertificateDir(String certificateDir) {
        this.certificateDir = certificateDir;
    }

    public String getTrustListDir() {
        return trustListDir;
    }

    /** Folder of trusted server certificates; empty to accept any. */
    public void setTrustListDir(String trustListDir) {
        this.trustListDir = trustListDir;
    }

    public double getSamplingInterval() {
        return samplingInterval;
    }

    /** Sampling interval of monitored items, ms. */
    public void setSamplingInterval(double samplingInterval) {
        this.samplingInterval = samplingInterval;
    }

    public double getPublishingInterval() {
        return publishingInterval;
    }

    /** Publishing interval of the subscription, ms. */
    public void setPublishingInterval(double publishingInterval) {
        this.publishingInterval = publishingInterval;
    }

    public double getDeadband() {
        return deadband;
    }

    /** Deadband of numeric items. */
    public void setDeadband(double deadband) {
        this.deadband = deadband;
    }

    public String getDeadbandType() {
        return deadbandType;
    }

    /** absolute, or percent of the EURange. */
    public void setDeadbandType(String deadbandType) {
        this.deadbandType = deadbandType;
    }

    public long getBrowseInterval() {
        return browseInterval;
    }

    /** Browse again every so many ms; 0 never. */
    public void setBrowseInterval(long browseInterval) {
        this.browseInterval = browseInterval;
    }

    public long getReconnectDelay() {
        return reconnectDelay;
    }

    /** First wait before connecting again, ms. */
    public void setReconnectDelay(long reconnectDelay) {
        this.reconnectDelay = reconnectDelay;
    }

    public long getReconnectMaxDelay() {
        return reconnectMaxDelay;
    }

    /** Longest wait between connection attempts, ms. */
    public void setReconnectMaxDelay(long reconnectMaxDelay) {
        this.reconnectMaxDelay = reconnectMaxDelay;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    /** Timeout of each OPC UA request, ms. */
    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }
}
