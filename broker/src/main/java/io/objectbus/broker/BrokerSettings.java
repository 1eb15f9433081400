// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import java.nio.file.Path;

/**
 * What the embedded broker listens on and where it keeps its journal.
 *
 * @param host bind address of the MQTT listeners; loopback by default, as listeners outside loopback need
 *     authentication
 * @param mqttPort MQTT 3.1.1 and 5 over TCP
 * @param webSocketPort MQTT over WebSocket, or 0 for none
 * @param dataDir journal, bindings, paging and large messages
 * @param persistent false keeps everything in memory (no journal)
 * @param inVmId id of the in-VM acceptor that the bus uses inside the JVM; 0 lets the broker choose a free one
 * @param maxMessageBytes largest MQTT packet accepted from a client
 * @param journalSync whether every persistent message is forced to disk (fsync) before it counts as stored; without
 *     it the journal is written at once and the operating system flushes it, which survives a crash of the node but
 *     not of the machine's power
 */
public record BrokerSettings(
        String host,
        int mqttPort,
        int webSocketPort,
        Path dataDir,
        boolean persistent,
        int inVmId,
        int maxMessageBytes,
        boolean journalSync) {

    public static final int DEFAULT_MAX_MESSAGE_BYTES = 256 * 1024;

    /** Settings without a forced disk write per message, the default. */
    public BrokerSettings(
            String host,
            int mqttPort,
            int webSocketPort,
            Path dataDir,
            boolean persistent,
            int inVmId,
            int maxMessageBytes) {
        this(host, mqttPort, webSocketPort, dataDir, persistent, inVmId, maxMessageBytes, false);
    }

    public static BrokerSettings loopback(int mqttPort, Path dataDir) {
        return new BrokerSettings("127.0.0.1", mqttPort, 0, dataDir, true, 0, DEFAULT_MAX_MESSAGE_BYTES);
    }

    public BrokerSettings withWebSocketPort(int port) {
        return new BrokerSettings(host, mqttPort, port, dataDir, persistent, inVmId, maxMessageBytes, journalSync);
    }

    public BrokerSettings withInVmId(int id) {
        return new BrokerSettings(host, mqttPort, webSocketPort, dataDir, persistent, id, maxMessageBytes, journalSync);
    }

    public BrokerSettings withPersistent(boolean persistent) {
        return new BrokerSettings(
                host, mqttPort, webSocketPort, dataDir, persistent, inVmId, maxMessageBytes, journalSync);
    }

    public BrokerSettings withJournalSync(boolean sync) {
        return new BrokerSettings(host, mqttPort, webSocketPort, dataDir, persistent, inVmId, maxMessageBytes, sync);
    }

    public String mqttUrl() {
        return "tcp://" + host + ":" + mqttPort;
    }

    public String webSocketUrl() {
        return "ws://" + host + ":" + webSocketPort + "/mqtt";
    }
}
