// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.objectbus.broker.EmbeddedBroker;
import io.objectbus.component.ObjectBusComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.component.micrometer.MicrometerConstants;

/**
 * The node's Prometheus metrics: a Micrometer Prometheus registry, bound in the Camel registry under the name Camel's
 * micrometer component looks for, with the JVM's meters, the bus's ({@link BusMeters}) and the broker's
 * ({@link BrokerMeters}). Meters whose set of labels changes while the node runs (adapters, links, queues) are
 * brought up to date at each scrape.
 */
final class NodeMetrics {

    private final CamelContext context;
    private final PrometheusMeterRegistry registry;
    private BusMeters bus;
    private BrokerMeters broker;

    private NodeMetrics(CamelContext context, PrometheusMeterRegistry registry) {
        this.context = context;
        this.registry = registry;
    }

    static NodeMetrics bind(CamelContext context) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("node", nodeId(context));
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        context.getRegistry().bind(MicrometerConstants.METRICS_REGISTRY_NAME, registry);
        return new NodeMetrics(context, registry);
    }

    private static String nodeId(CamelContext context) {
        return context.getPropertiesComponent()
                .resolveProperty("camel.component.objectbus.node-id")
                .orElse("node1");
    }

    /** The Prometheus text exposition of every meter, brought up to date first. */
    String scrape(String accept) {
        refresh();
        return accept == null ? registry.scrape() : registry.scrape(accept);
    }

    PrometheusMeterRegistry registry() {
        return registry;
    }

    /** The bus and the broker exist once the context runs; their meters are bound at the first scrape after. */
    private synchronized void refresh() {
        if (bus == null) {
            ObjectBusComponent component = context.getComponent("objectbus", ObjectBusComponent.class);
            if (component != null && component.getBus() != null) {
                bus = new BusMeters(component.getBus(), registry);
            }
        }
        if (broker == null) {
            EmbeddedBroker embedded = context.getRegistry().lookupByNameAndType("broker", EmbeddedBroker.class);
            if (embedded != null && embedded.isStarted()) {
                broker = new BrokerMeters(embedded, registry);
            }
        }
        if (bus != null) {
            bus.refresh();
        }
        if (broker != null) {
            broker.refresh();
        }
    }
}
