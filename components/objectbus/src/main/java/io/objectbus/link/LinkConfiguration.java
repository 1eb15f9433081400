// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** Endpoint options of the {@code oblink} component: where the far broker is, what crosses, how much is stored. */
@UriParams
public class LinkConfiguration implements Cloneable {

    @UriParam(description = "Router: the id of the node at the far end. Leave it out for a cloud bridge.")
    private String remoteNode;

    @UriParam(
            description = "The far broker: ssl://host:8883 (TLS), wss://host:8883/mqtt (secure WebSocket), or tcp://"
                    + " and ws:// on a trusted network.")
    @Metadata(required = true)
    private String url;

    @UriParam(label = "security", description = "User name on the far broker.")
    private String username;

    @UriParam(label = "security", secret = true, description = "Password on the far broker; never logged.")
    private String password;

    @UriParam(
            label = "security",
            description = "PKCS#12 file with the far broker's certificate or its CA; the JVM's trust when not set.")
    private String trustStore;

    @UriParam(label = "security", secret = true, description = "Password of the trust store.")
    private String trustStorePassword;

    @UriParam(label = "security", description = "PKCS#12 file with this node's certificate and key, for mutual TLS.")
    private String keyStore;

    @UriParam(label = "security", secret = true, description = "Password of the key store.")
    private String keyStorePassword;

    @UriParam(
            label = "security",
            defaultValue = "true",
            description = "Check that the far broker's certificate names the host of the url.")
    private boolean hostnameVerification = true;

    @UriParam(
            label = "filter",
            defaultValue = "*",
            description = "Globs (comma-separated) of the nodes whose objects cross: this node's and, with transit, the"
                    + " others it hears of.")
    private String nodes = "*";

    @UriParam(label = "filter", description = "Globs of object types that cross; all when not set.")
    private String types;

    @UriParam(label = "filter", description = "Globs of object tags that cross (any tag matching); all when not set.")
    private String tags;

    @UriParam(
            label = "filter",
            defaultValue = "true",
            description = "Carry other nodes' traffic too (chains); false carries only this node's own, which suits"
                    + " full meshes and bridges.")
    private Boolean transit;

    @UriParam(label = "filter", defaultValue = "8", description = "Nodes a message may pass before it stops.")
    private int maxHops = 8;

    @UriParam(
            label = "store",
            defaultValue = "67108864",
            description = "Bytes that may wait on disk while the link is down; beyond, new messages are dropped and"
                    + " counted, and the far side asks for the current picture when the link returns.")
    private long maxStoreBytes = 64L * 1024 * 1024;

    @UriParam(label = "advanced", defaultValue = "256", description = "Messages in flight per stream.")
    private int window = 256;

    @UriParam(
            label = "advanced",
            defaultValue = "60000",
            description = "Milliseconds answers to a forwarded request are brought back.")
    private long replyTimeout = 60_000;

    @UriParam(label = "advanced", defaultValue = "15000", description = "MQTT keep-alive in milliseconds.")
    private long keepAlive = 15_000;

    @UriParam(label = "advanced", defaultValue = "1000", description = "First wait before reconnecting, ms; doubles.")
    private long reconnectDelay = 1000;

    @UriParam(label = "advanced", defaultValue = "30000", description = "Longest wait between connection attempts, ms.")
    private long reconnectMaxDelay = 30_000;

    @UriParam(
            label = "bridge",
            enums = "telemetry,sparkplug,objectbus",
            description = "Cloud bridge: the topic and payload convention (telemetry: topicTemplate with a small JSON"
                    + " value; sparkplug: Sparkplug B topics with JSON payloads; objectbus: the bus's own topics and"
                    + " payloads under topicTemplate).")
    private String format;

    @UriParam(
            label = "bridge",
            description = "Cloud bridge: the topic of a value, with {site}, {node}, {object}, {resource}, {type}."
                    + " Default {site}/{object}/{resource} (telemetry), {site}/{node}/{object}/{resource} (objectbus).")
    private String topicTemplate;

    @UriParam(label = "bridge", description = "Cloud bridge: the site name for {site}, and the Sparkplug group id.")
    private String site;

    public LinkConfiguration copy() {
        try {
            return (LinkConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getRemoteNode() {
        return remoteNode;
    }

    /** Router: the id of the node at the far end. Leave it out for a cloud bridge. */
    public void setRemoteNode(String remoteNode) {
        this.remoteNode = remoteNode;
    }

    public String getUrl() {
        return url;
    }

    /** The far broker: ssl://host:8883, wss://host:8883/mqtt, or tcp:// and ws:// on a trusted network. */
    public void setUrl(String url) {
        this.url = url;
    }

    public String getUsername() {
        return username;
    }

    /** User name on the far broker. */
    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    /** Password on the far broker; never logged. */
    public void setPassword(String password) {
        this.password = password;
    }

    public String getTrustStore() {
        return trustStore;
    }

    /** PKCS#12 file with the far broker's certificate or its CA; the JVM's trust when not set. */
    public void setTrustStore(String trustStore) {
        this.trustStore = trustStore;
    }

    public String getTrustStorePassword() {
        return trustStorePassword;
    }

    /** Password of the trust store. */
    public void setTrustStorePassword(String trustStorePassword) {
        this.trustStorePassword = trustStorePassword;
    }

    public String getKeyStore() {
        return keyStore;
    }

    /** PKCS#12 file with this node's certificate and key, for mutual TLS. */
    public void setKeyStore(String keyStore) {
        this.keyStore = keyStore;
    }

    public String getKeyStorePassword() {
        return keyStorePassword;
    }

    /** Password of the key store. */
    public void setKeyStorePassword(String keyStorePassword) {
        this.keyStorePassword = keyStorePassword;
    }

    public boolean isHostnameVerification() {
        return hostnameVerification;
    }

    /** Check that the far broker's certificate names the host of the url. */
    public void setHostnameVerification(boolean hostnameVerification) {
        this.hostnameVerification = hostnameVerification;
    }

    public String getNodes() {
        return nodes;
    }

    /** Globs of the nodes whose objects cross. */
    public void setNodes(String nodes) {
        this.nodes = nodes;
    }

    public String getTypes() {
        return types;
    }

    /** Globs of object types that cross; all when not set. */
    public void setTypes(String types) {
        this.types = types;
    }

    public String getTags() {
        return tags;
    }

    /** Globs of object tags that cross (any tag matching); all when not set. */
    public void setTags(String tags) {
        this.tags = tags;
    }

    public Boolean getTransit() {
        return transit;
    }

    /** Carry other nodes' traffic too (chains); false carries only this node's own. Routers default to true. */
    public void setTransit(Boolean transit) {
        this.transit = transit;
    }

    public int getMaxHops() {
        return maxHops;
    }

    /** Nodes a message may pass before it stops. */
    public void setMaxHops(int maxHops) {
        this.maxHops = maxHops;
    }

    public long getMaxStoreBytes() {
        return maxStoreBytes;
    }

    /** Bytes that may wait on disk while the link is down; beyond, new messages are dropped and counted. */
    public void setMaxStoreBytes(long maxStoreBytes) {
        this.maxStoreBytes = maxStoreBytes;
    }

    public int getWindow() {
        return window;
    }

    /** Messages in flight per stream. */
    public void setWindow(int window) {
        this.window = window;
    }

    public long getReplyTimeout() {
        return replyTimeout;
    }

    /** Milliseconds answers to a forwarded request are brought back. */
    public void setReplyTimeout(long replyTimeout) {
        this.replyTimeout = replyTimeout;
    }

    public long getKeepAlive() {
        return keepAlive;
    }

    /** MQTT keep-alive in milliseconds. */
    public void setKeepAlive(long keepAlive) {
        this.keepAlive = keepAlive;
    }

    public long getReconnectDelay() {
        return reconnectDelay;
    }

    /** First wait before reconnecting, ms; doubles. */
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

    public String getFormat() {
        return format;
    }

    /** Cloud bridge: the topic and payload convention: telemetry, sparkplug or objectbus. */
    public void setFormat(String format) {
        this.format = format;
    }

    public String getTopicTemplate() {
        return topicTemplate;
    }

    /** Cloud bridge: the topic of a value, with {site}, {node}, {object}, {resource}, {type}. */
    public void setTopicTemplate(String topicTemplate) {
        this.topicTemplate = topicTemplate;
    }

    public String getSite() {
        return site;
    }

    /** Cloud bridge: the site name for {site}, and the Sparkplug group id. */
    public void setSite(String site) {
        this.site = site;
    }
}
