// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import org.apache.activemq.artemis.core.message.impl.CoreMessage;
import org.apache.activemq.artemis.core.persistence.StorageManager;
import org.apache.activemq.artemis.core.protocol.mqtt.MQTTUtil;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.transaction.Transaction;
import org.apache.activemq.artemis.core.transaction.impl.TransactionImpl;

/**
 * Puts messages straight into one subscription queue, in transactions of a bounded size, flagged as retained so that
 * the subscriber sees them as the current picture.
 */
final class QueueFeeder implements AutoCloseable {

    private static final int BATCH = 1000;

    private final ActiveMQServer server;
    private final Queue queue;
    private final StorageManager storage;
    private Transaction tx;
    private int inTx;

    QueueFeeder(ActiveMQServer server, Queue queue) {
        this.server = server;
        this.queue = queue;
        this.storage = server.getStorageManager();
    }

    void add(String topic, byte[] payload) {
        try {
            if (tx == null) {
                tx = new TransactionImpl(storage);
                tx.setAsync(true);
            }
            CoreMessage message = Messages.mqtt(storage.generateID(), topic, payload, 0);
            message.putStringProperty(MQTTUtil.MQTT_MESSAGE_RETAIN_INITIAL_DISTRIBUTION_KEY, (String) null);
            MQTTUtil.sendMessageDirectlyToQueue(storage, server.getPostOffice(), message, queue, tx);
            if (++inTx >= BATCH) {
                commit();
            }
        } catch (Exception e) {
            throw new IllegalStateException("delivery to " + queue.getName() + " failed", e);
        }
    }

    private void commit() throws Exception {
        if (tx != null) {
            tx.commit();
            tx = null;
            inTx = 0;
        }
    }

    @Override
    public void close() throws Exception {
        commit();
    }
}
