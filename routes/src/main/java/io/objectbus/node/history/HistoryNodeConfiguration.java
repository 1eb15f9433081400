// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.history;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;

/**
 * The node's history ({@code objectbus.history.*}, docs/history.md): on unless switched off, it records every value the
 * bus publishes.
 */
public class HistoryNodeConfiguration implements CamelConfiguration {

    static final String DEFAULT_DOWNSAMPLING = "*=30d/1m";

    @PropertyInject(value = "objectbus.history.enabled", defaultValue = "true")
    private boolean enabled;

    @PropertyInject(value = "objectbus.history.store", defaultValue = "duckdb")
    private String store;

    @PropertyInject(value = "objectbus.history.queue-capacity", defaultValue = "100000")
    private int queueCapacity;

    @PropertyInject(value = "objectbus.history.batch-size", defaultValue = "5000")
    private int batchSize;

    @PropertyInject(value = "objectbus.history.downsampling", defaultValue = DEFAULT_DOWNSAMPLING)
    private String downsampling;

    @PropertyInject(value = "objectbus.history.retention", defaultValue = "*=365d")
    private String retention;

    @Override
    public void configure(CamelContext context) throws Exception {
        if (!enabled) {
            return;
        }
        if (!store.equals("duckdb") && !store.equals("postgresql")) {
            throw new IllegalArgumentException(
                    "objectbus.history.store must be duckdb or postgresql, got '" + store + "'");
        }
        HistorySettings settings = new HistorySettings(
                store,
                file(context),
                optional(context, "objectbus.history.url"),
                optional(context, "objectbus.history.user"),
                optional(context, "objectbus.history.password"),
                queueCapacity,
                batchSize,
                HistorySettings.parseDownsampling(downsampling),
                HistorySettings.parseRetention(retention));
        HistoryService service = new HistoryService(settings);
        context.addService(service, true, true);
        context.addStartupListener(service);
    }

    /** objectbus.history.file, or history.duckdb in the node's data folder, beside the broker's journal. */
    private static String file(CamelContext context) {
        String file = optional(context, "objectbus.history.file");
        if (file != null && !file.isBlank()) {
            return file;
        }
        return context.getPropertiesComponent()
                        .resolveProperty("objectbus.broker.data-dir")
                        .orElse("data")
                + "/history.duckdb";
    }

    private static String optional(CamelContext context, String key) {
        return context.getPropertiesComponent().resolveProperty(key).orElse(null);
    }
}
