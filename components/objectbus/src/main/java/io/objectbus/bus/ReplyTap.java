// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.broker.CurrentStateSource;
import java.util.List;

/** The bus's transport as its request handlers see it: replies to a {@link BusView}'s writes stay in the JVM. */
final class ReplyTap implements BusTransport {

    private final BusTransport transport;
    private final ViewWrites writes;

    ReplyTap(BusTransport transport, ViewWrites writes) {
        this.transport = transport;
        this.writes = writes;
    }

    @Override
    public void reply(String topic, byte[] payload, byte[] correlationData) {
        reply(topic, payload, correlationData, null);
    }

    @Override
    public void reply(String topic, byte[] payload, byte[] correlationData, String askedAt) {
        if (!writes.onReply(topic, payload, correlationData)) {
            transport.reply(topic, payload, correlationData, askedAt);
        }
    }

    @Override
    public void publish(String topic, byte[] payload, int qos) {
        transport.publish(topic, payload, qos);
    }

    @Override
    public void publish(Outbound message) {
        transport.publish(message);
    }

    @Override
    public Subscription subscribe(String name, List<String> topicFilters, boolean durable, Handler handler) {
        return transport.subscribe(name, topicFilters, durable, handler);
    }

    @Override
    public void serveCurrentState(CurrentStateSource source) {
        transport.serveCurrentState(source);
    }

    /** The tap owns nothing: the node closes the transport itself. */
    @Override
    public void close() {}
}
