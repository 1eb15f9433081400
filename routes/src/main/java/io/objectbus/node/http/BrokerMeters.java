// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.objectbus.broker.EmbeddedBroker;
import io.objectbus.broker.security.Denials;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.paging.PagingStore;
import org.apache.activemq.artemis.core.postoffice.QueueBinding;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.Queue;

/**
 * The embedded broker's meters: connections, refusals by kind, messages in queues, each durable queue's depth (router stores, named
 * subscriptions: a bounded set, unlike the non-durable queue of every MQTT subscription), and the addresses that
 * page to disk.
 */
final class BrokerMeters {

    private final ActiveMQServer server;
    private final MultiGauge durableQueues;
    private final MultiGauge paging;

    BrokerMeters(EmbeddedBroker broker, MeterRegistry registry) {
        this.server = broker.server();
        Gauge.builder("objectbus.broker.connections", server, ActiveMQServer::getConnectionCount)
                .description("client connections to the embedded broker")
                .register(registry);
        Gauge.builder("objectbus.broker.messages", server, ActiveMQServer::getTotalMessageCount)
                .description("messages in all queues of the broker")
                .register(registry);
        Gauge.builder("objectbus.broker.address.memory", server, s -> s.getPagingManager()
                        .getGlobalSize())
                .description("bytes the broker's addresses hold in memory")
                .baseUnit("bytes")
                .register(registry);
        for (Denials.Kind kind : Denials.Kind.values()) {
            FunctionCounter.builder("objectbus.broker.refusals", broker.denials(), denials -> denials.count(kind))
                    .description("connects, publications, subscriptions, writes and limits the broker refused")
                    .tag("kind", kind.name())
                    .register(registry);
        }
        durableQueues = MultiGauge.builder("objectbus.broker.queue.messages")
                .description("messages in each durable queue (router stores, named subscriptions)")
                .register(registry);
        paging = MultiGauge.builder("objectbus.broker.address.paging")
                .description("1 for each address that pages to disk, with its pages")
                .register(registry);
    }

    void refresh() {
        List<MultiGauge.Row<?>> queues = new ArrayList<>();
        server.getPostOffice().getAllBindings().forEach(binding -> {
            if (binding instanceof QueueBinding queueBinding) {
                Queue queue = queueBinding.getQueue();
                if (queue.isDurable() && !queue.isTemporary()) {
                    queues.add(
                            MultiGauge.Row.of(Tags.of("queue", queue.getName().toString()), queue.getMessageCount()));
                }
            }
        });
        durableQueues.register(queues, true);
        List<MultiGauge.Row<?>> paged = new ArrayList<>();
        for (SimpleString address : server.getPagingManager().getStoreNames()) {
            PagingStore store = pageStore(address);
            if (store != null && store.isPaging()) {
                paged.add(MultiGauge.Row.of(Tags.of("address", address.toString()), 1));
            }
        }
        paging.register(paged, true);
    }

    private PagingStore pageStore(SimpleString address) {
        try {
            return server.getPagingManager().getPageStore(address);
        } catch (Exception e) {
            return null;
        }
    }
}
