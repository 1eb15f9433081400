// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.activemq.artemis.core.server.JournalType;

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
 * @param journalType how the journal writes: {@link JournalType#MAPPED} (the default) copies each record into a
 *     memory-mapped file, {@link JournalType#NIO} writes with {@code write()} calls
 */
public record BrokerSettings(
        String host,
        int mqttPort,
        int webSocketPort,
        Path dataDir,
        boolean persistent,
        int inVmId,
        int maxMessageBytes,
        boolean journalSync,
        JournalType journalType) {

    public static final int DEFAULT_MAX_MESSAGE_BYTES = 256 * 1024;

    public static final JournalType DEFAULT_JOURNAL_TYPE = JournalType.MAPPED;

    /** Settings with the default journal type. */
    public BrokerSettings(
            String host,
            int mqttPort,
            int webSocketPort,
            Path dataDir,
            boolean persistent,
            int inVmId,
            int maxMessageBytes,
            boolean journalSync) {
        this(
                host,
                mqttPort,
                webSocketPort,
                dataDir,
                persistent,
                inVmId,
                maxMessageBytes,
                journalSync,
                DEFAULT_JOURNAL_TYPE);
    }

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

    /** The journal type of the node's setting objectbus.broker.journal-type: mapped or nio. */
    public static JournalType journalType(String setting) {
        return switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case "mapped" -> JournalType.MAPPED;
            case "nio" -> JournalType.NIO;
            default ->
                throw new IllegalArgumentException(
                        "objectbus.broker.journal-type is mapped or nio, not '" + setting + "'");
        };
    }

    public static BrokerSettings loopback(int mqttPort, Path dataDir) {
        return new BrokerSettings("127.0.0.1", mqttPort, 0, dataDir, true, 0, DEFAULT_MAX_MESSAGE_BYTES);
    }

    public BrokerSettings withWebSocketPort(int port) {
        return new BrokerSettings(
                host, mqttPort, port, dataDir, persistent, inVmId, maxMessageBytes, journalSync, journalType);
    }

    public BrokerSettings withInVmId(int id) {
        return new BrokerSettings(
                host, mqttPort, webSocketPort, dataDir, persistent, id, maxMessageBytes, journalSync, journalType);
    }

    public BrokerSettings withPersistent(boolean persistent) {
        return new BrokerSettings(
                host, mqttPort, webSocketPort, dataDir, persistent, inVmId, maxMessageBytes, journalSync, journalType);
    }

    public BrokerSettings withJournalSync(boolean sync) {
        return new BrokerSettings(
                host, mqttPort, webSocketPort, dataDir, persistent, inVmId, maxMessageBytes, sync, journalType);
    }

    public BrokerSettings withJournalType(JournalType type) {
        return new BrokerSettings(
                host, mqttPort, webSocketPort, dataDir, persistent, inVmId, maxMessageBytes, journalSync, type);
    }

    public String mqttUrl() {
        return "tcp://" + host + ":" + mqttPort;
    }

    public String webSocketUrl() {
        return "ws://" + host + ":" + webSocketPort + "/mqtt";
    }
}
