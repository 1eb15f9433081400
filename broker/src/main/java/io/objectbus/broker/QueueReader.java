// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import java.util.List;
import java.util.function.Consumer;
import org.apache.activemq.artemis.api.core.ICoreMessage;
import org.apache.activemq.artemis.core.filter.Filter;
import org.apache.activemq.artemis.core.server.HandleStatus;
import org.apache.activemq.artemis.core.server.MessageReference;
import org.apache.activemq.artemis.core.server.Queue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a queue inside the broker: each message is handed to the reader on the queue's own delivery thread and
 * acknowledged when the reader returns. A core client consumer in the same JVM would pass every message through the
 * in-VM connector and a client thread as well: two thread hand-offs and a copy per message.
 */
final class QueueReader implements org.apache.activemq.artemis.core.server.Consumer, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QueueReader.class);

    private final Queue queue;
    private final Consumer<ICoreMessage> reader;
    private final long id;
    private volatile boolean closed;

    QueueReader(Queue queue, Consumer<ICoreMessage> reader, long id) {
        this.queue = queue;
        this.reader = reader;
        this.id = id;
    }

    void open() throws Exception {
        queue.addConsumer(this);
        queue.deliverAsync();
    }

    @Override
    public void close() {
        closed = true;
        queue.removeConsumer(this);
    }

    @Override
    public boolean supportsDirectDelivery() {
        // Never on the publisher's thread: the reader may take its time, the publisher must not wait for it.
        return false;
    }

    @Override
    public HandleStatus handle(MessageReference reference) {
        if (closed) {
            return HandleStatus.BUSY;
        }
        reference.handled(); // counts it as being delivered until the acknowledgement
        return HandleStatus.HANDLED;
    }

    @Override
    public void proceedDeliver(MessageReference reference) throws Exception {
        try {
            reader.accept(reference.getMessage().toCore());
        } catch (RuntimeException e) {
            LOG.error("Reader of {} failed: {}", queue.getName(), e.toString(), e);
        } finally {
            queue.acknowledge(reference);
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public Filter getFilter() {
        return null;
    }

    @Override
    public List<MessageReference> getDeliveringMessages() {
        return List.of();
    }

    @Override
    public String debug() {
        return toManagementString();
    }

    @Override
    public String toManagementString() {
        return "objectbus reader of " + queue.getName();
    }

    @Override
    public void disconnect() {
        close();
    }

    @Override
    public void failed(Throwable t) {
        LOG.warn("Reader of {} failed: {}", queue.getName(), t.toString());
    }

    @Override
    public long sequentialID() {
        return id;
    }
}
