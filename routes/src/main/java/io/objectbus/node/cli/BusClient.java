// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.BiConsumer;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * The command-line client's MQTT 5 connection to a node's broker (docs/PROTOCOL.md): subscriptions whose messages go to
 * one handler, and requests whose replies come on the client's own reply topic, {@code reply/<user>/<client>}, which
 * the broker keeps private to the identity (docs/security.md).
 */
final class BusClient implements AutoCloseable {

    private static final int WAIT_MILLIS = 10_000;

    /** The broker could not be reached, refused the login, or refused a subscription. */
    static final class Unreachable extends RuntimeException {
        Unreachable(String message) {
            super(message);
        }
    }

    private final MqttAsyncClient client;
    private final String replyTopic;
    private volatile BiConsumer<String, MqttMessage> handler = (topic, message) -> {};

    private BusClient(MqttAsyncClient client, String replyTopic) {
        this.client = client;
        this.replyTopic = replyTopic;
    }

    static BusClient connect(Connection connection) {
        String clientId = "objectbus-cli-" + UUID.randomUUID().toString().substring(0, 8);
        String uri = (connection.tls() ? "ssl://" : "tcp://") + connection.host() + ":" + connection.port();
        try {
            MqttAsyncClient client = new MqttAsyncClient(uri, clientId, new MemoryPersistence());
            String owner = connection.user() == null ? "objectbus-cli" : connection.user();
            BusClient bus = new BusClient(client, "reply/" + owner + "/" + clientId);
            client.setCallback(bus.callback());
            client.connect(options(connection)).waitForCompletion(WAIT_MILLIS);
            bus.subscribe(bus.replyTopic);
            return bus;
        } catch (MqttException e) {
            throw new Unreachable("no connection to the broker at " + uri + ": " + describe(e));
        }
    }

    private static MqttConnectionOptions options(Connection connection) {
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setCleanStart(true);
        options.setSessionExpiryInterval(0L);
        options.setAutomaticReconnect(false);
        options.setConnectionTimeout(WAIT_MILLIS / 1000);
        if (connection.user() != null) {
            options.setUserName(connection.user());
            options.setPassword(
                    connection.password() == null
                            ? new byte[0]
                            : connection.password().getBytes(StandardCharsets.UTF_8));
        }
        if (connection.tls()) {
            options.setSocketFactory(
                    connection.caFile() == null
                            ? SSLSocketFactory.getDefault()
                            : CaTrust.socketFactory(connection.caFile()));
        }
        return options;
    }

    /** Where every message of the client's subscriptions goes, replies included. */
    void onMessage(BiConsumer<String, MqttMessage> handler) {
        this.handler = handler;
    }

    void subscribe(String filter) {
        try {
            IMqttToken token = client.subscribe(filter, 1);
            token.waitForCompletion(WAIT_MILLIS);
            int code = token.getReasonCodes() == null ? 0 : token.getReasonCodes()[0];
            if (code >= 0x80) {
                throw new Unreachable("the broker refused the subscription to " + filter + " (reason code 0x"
                        + Integer.toHexString(code) + ")");
            }
        } catch (MqttException e) {
            throw new Unreachable("the subscription to " + filter + " failed: " + describe(e));
        }
    }

    /**
     * Publishes a request whose replies come on this client's reply topic with this correlation; returns the PUBACK's
     * reason code (0x87: the broker did not allow it).
     */
    int request(String topic, String payload, String correlation) {
        MqttProperties properties = new MqttProperties();
        properties.setResponseTopic(replyTopic);
        properties.setCorrelationData(correlation.getBytes(StandardCharsets.UTF_8));
        MqttMessage message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8), 1, false, properties);
        try {
            IMqttToken token = client.publish(topic, message);
            token.waitForCompletion(WAIT_MILLIS);
            return token.getReasonCodes() == null ? 0 : token.getReasonCodes()[0];
        } catch (MqttException e) {
            throw new Unreachable("the request to " + topic + " failed: " + describe(e));
        }
    }

    String replyTopic() {
        return replyTopic;
    }

    static String correlationOf(MqttMessage message) {
        byte[] data =
                message.getProperties() == null ? null : message.getProperties().getCorrelationData();
        return data == null ? "" : new String(data, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            if (client.isConnected()) {
                client.disconnect().waitForCompletion(WAIT_MILLIS);
            }
            client.close();
        } catch (MqttException e) {
            // The command has its answer; a connection that does not close cleanly changes nothing of it.
        }
    }

    private static String describe(MqttException e) {
        Throwable cause = e.getCause();
        return e.getMessage() + (cause == null ? "" : " (" + cause.getMessage() + ")");
    }

    private MqttCallback callback() {
        return new MqttCallback() {
            @Override
            public void messageArrived(String topic, MqttMessage message) {
                handler.accept(topic, message);
            }

            @Override
            public void disconnected(MqttDisconnectResponse response) {}

            @Override
            public void mqttErrorOccurred(MqttException exception) {}

            @Override
            public void deliveryComplete(IMqttToken token) {}

            @Override
            public void connectComplete(boolean reconnect, String serverURI) {}

            @Override
            public void authPacketArrived(int reasonCode, MqttProperties properties) {}
        };
    }

    /** Where the broker is and who logs in; {@code caFile}, when set, is the only trust of the TLS connection. */
    record Connection(String host, int port, boolean tls, Path caFile, String user, String password) {}
}
