// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import java.util.Map;
import org.apache.activemq.artemis.api.core.ActiveMQDisconnectedException;
import org.apache.activemq.artemis.core.protocol.mqtt.MQTTConnection;
import org.apache.activemq.artemis.core.protocol.mqtt.MQTTStateManager;
import org.apache.activemq.artemis.core.remoting.server.RemotingService;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first step of a clean stop: no new MQTT clients, and each connected one's session ended while the broker's
 * storage still runs. Artemis's own stop only closes the sockets before it stops the storage; each session is then
 * tidied up later on its connection's thread (the will sent, a clean session's queues removed, the messages in flight
 * given back), which can come after the storage stopped and fail with "AMQ834001 Error disconnecting client"
 * ("IDGenerator has been stopped", or a NullPointerException). The same holds for a client that disconnected just
 * before the stop: its tidying up may still run, so the stop waits for it, a bounded time.
 */
final class MqttConnectionsClose {

    private static final Logger LOG = LoggerFactory.getLogger(MqttConnectionsClose.class);
    private static final long SESSIONS_END_WAIT_MILLIS = 5_000;

    private MqttConnectionsClose() {}

    static void beforeStorageStops(ActiveMQServer server) throws Exception {
        RemotingService remoting = server.getRemotingService();
        if (remoting == null || !server.isActive()) {
            return;
        }
        remoting.pauseAcceptors();
        for (RemotingConnection connection : remoting.getConnections()) {
            // Removed first, as Artemis does when a socket drops: the socket's own close then finds nothing to do.
            if (connection instanceof MQTTConnection && remoting.removeConnection(connection.getID()) != null) {
                connection.fail(new ActiveMQDisconnectedException("the broker is stopping"));
            }
        }
        awaitSessionsEnded(MQTTStateManager.getInstance(server).getConnectedClients());
    }

    /** A client stays in the map until its session's tidying up has finished, wherever it runs. */
    private static void awaitSessionsEnded(Map<String, MQTTConnection> connectedClients) throws InterruptedException {
        long deadline = System.nanoTime() + SESSIONS_END_WAIT_MILLIS * 1_000_000;
        while (!connectedClients.isEmpty()) {
            if (System.nanoTime() > deadline) {
                LOG.warn(
                        "MQTT sessions of {} still ending {} ms into the stop",
                        connectedClients.keySet(),
                        SESSIONS_END_WAIT_MILLIS);
                return;
            }
            Thread.sleep(10);
        }
    }
}
