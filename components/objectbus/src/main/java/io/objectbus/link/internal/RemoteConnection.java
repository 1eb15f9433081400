// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

import io.objectbus.component.support.Backoff;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * The MQTT 5 connection of a link to the far broker: connects with TLS and credentials, reconnects with backoff, and
 * publishes at QoS 1 with a future that completes on the far broker's acknowledgement. The stored messages of the
 * link, not the client, are what survives a lost connection: every publication still unacknowledged then fails, and
 * the link sends it again.
 */
public final class RemoteConnection implements MqttCallback {

    /** What the link hears from its connection. */
    public interface Listener {
        void connected();

        void lost(String reason);

        void failed(String reason);

        void message(String topic, MqttMessage message);
    }

    /** A publication that failed because the connection went; it is sent again later. */
    public static final class LinkLost extends RuntimeException {
        LinkLost(String reason) {
            super(reason, null, false, false);
        }
    }

    /** A publication the far broker refused (its reason code); sending it again would not help. */
    public static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private final ConnectionSettings settings;
    private final Listener listener;
    private final ScheduledExecutorService scheduler;
    private final Set<CompletableFuture<Void>> pending = ConcurrentHashMap.newKeySet();
    private final SSLContext tls;
    private volatile MqttAsyncClient client;
    private volatile boolean running;
    private final java.util.concurrent.atomic.AtomicBoolean retryScheduled =
            new java.util.concurrent.atomic.AtomicBoolean();
    private final Backoff backoff;

    public RemoteConnection(ConnectionSettings settings, Listener listener, ScheduledExecutorService scheduler) {
        this.settings = settings;
        this.listener = listener;
        this.scheduler = scheduler;
        this.tls = settings.secure() ? TlsContexts.of(settings) : null;
        this.backoff = new Backoff(
                settings.reconnectDelay().toMillis(),
                settings.reconnectMaxDelay().toMillis());
    }

    public void start() throws MqttException {
        client = new MqttAsyncClient(settings.url(), settings.clientId(), new MemoryPersistence());
        client.setCallback(this);
        running = true;
        scheduler.execute(this::connect);
    }

    private void connect() {
        retryScheduled.set(false);
        if (!running || isConnected()) {
            return;
        }
        try {
            client.connect(options(), null, new MqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    backoff.reset();
                    listener.connected();
                }

                @Override
                public void onFailure(IMqttToken token, Throwable error) {
                    listener.failed(ConnectionErrors.describe(error, settings));
                    retryLater();
                }
            });
        } catch (MqttException | RuntimeException e) {
            listener.failed(ConnectionErrors.describe(e, settings));
            retryLater();
        }
    }

    private MqttConnectionOptions options() {
        MqttConnectionOptions options = new MqttConnectionOptions();
        // What must survive lies in the link's store, not in an MQTT session.
        options.setCleanStart(true);
        options.setAutomaticReconnect(false);
        options.setKeepAliveInterval((int) Math.max(1, settings.keepAlive().toSeconds()));
        options.setConnectionTimeout(10);
        if (settings.username() != null && !settings.username().isEmpty()) {
            options.setUserName(settings.username());
            options.setPassword(
                    settings.password() == null
                            ? new byte[0]
                            : settings.password().getBytes(StandardCharsets.UTF_8));
        }
        if (tls != null) {
            options.setSocketFactory(tls.getSocketFactory());
            options.setHttpsHostnameVerificationEnabled(settings.hostnameVerification());
        }
        return options;
    }

    private void retryLater() {
        if (!running || !retryScheduled.compareAndSet(false, true)) {
            return;
        }
        scheduler.schedule(this::connect, backoff.nextDelay(), TimeUnit.MILLISECONDS);
    }

    public boolean isConnected() {
        MqttAsyncClient c = client;
        return c != null && c.isConnected();
    }

    /** Publishes; the future completes when the far broker acknowledged it (QoS 1), or fails. */
    public CompletableFuture<Void> publish(String topic, MqttMessage message) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        pending.add(done);
        done.whenComplete((v, e) -> pending.remove(done));
        try {
            client.publish(topic, message, null, new MqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    int[] codes = token.getReasonCodes();
                    if (codes != null && codes.length > 0 && codes[0] >= 0x80) {
                        done.completeExceptionally(new Refused("reason code 0x" + Integer.toHexString(codes[0])));
                    } else {
                        done.complete(null);
                    }
                }

                @Override
                public void onFailure(IMqttToken token, Throwable error) {
                    done.completeExceptionally(new LinkLost(String.valueOf(error)));
                }
            });
        } catch (MqttException | RuntimeException e) {
            done.completeExceptionally(new LinkLost(e.toString()));
        }
        return done;
    }

    public void subscribe(String filter) {
        try {
            client.subscribe(filter, 1);
        } catch (MqttException e) {
            listener.failed("cannot subscribe to " + filter + ": " + e.getMessage());
        }
    }

    @Override
    public void disconnected(MqttDisconnectResponse response) {
        String reason = response.getReasonString() != null
                ? response.getReasonString()
                : response.getException() != null
                        ? ConnectionErrors.describe(response.getException(), settings)
                        : "closed";
        failPending(reason);
        listener.lost(reason);
        retryLater();
    }

    private void failPending(String reason) {
        LinkLost lost = new LinkLost(reason);
        for (CompletableFuture<Void> future : pending) {
            future.completeExceptionally(lost);
        }
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        listener.message(topic, message);
    }

    @Override
    public void mqttErrorOccurred(MqttException exception) {
        listener.failed(ConnectionErrors.describe(exception, settings));
    }

    @Override
    public void deliveryComplete(IMqttToken token) {}

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {}

    @Override
    public void authPacketArrived(int reasonCode, MqttProperties properties) {}

    public void stop() {
        running = false;
        failPending("link stopped");
        MqttAsyncClient c = client;
        if (c == null) {
            return;
        }
        try {
            if (c.isConnected()) {
                c.disconnect(1000).waitForCompletion(2000);
            }
            c.close(true);
        } catch (MqttException e) {
            // the far broker may be gone already
        }
    }
}
