// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import org.apache.activemq.artemis.api.core.ActiveMQDisconnectedException;
import org.apache.activemq.artemis.core.protocol.mqtt.MQTTConnection;
import org.apache.activemq.artemis.core.remoting.server.RemotingService;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;

/**
 * The first step of a clean stop: no new MQTT clients, and each connected one's session ended now, on the stopping
 * thread, while the broker's storage still runs. Artemis's own stop only closes the sockets before it stops the
 * storage; each session is then tidied up later on its connection's thread (the will sent, a clean session's queues
 * removed, the messages in flight given back), which can come after the storage stopped and fail with "AMQ834001 Error
 * disconnecting client" ("IDGenerator has been stopped", or a NullPointerException).
 */
final class MqttConnectionsClose {

    private MqttConnectionsClose() {}

    static void beforeStorageStops(ActiveMQServer server) {
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
    }
}
