// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.history;

import io.objectbus.component.ObjectBusComponent;
import io.objectbus.history.DuckDbHistoryStore;
import io.objectbus.history.HistoryException;
import io.objectbus.history.HistoryRecorder;
import io.objectbus.history.HistoryStore;
import io.objectbus.history.PostgresHistoryStore;
import io.objectbus.node.NodeStartException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedStartupListener;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the bus's values from the moment the context runs, and applies the retention every hour. A store that
 * cannot be opened fails the node's start: a node asked to keep history does not run without it.
 */
final class HistoryService extends ServiceSupport implements ExtendedStartupListener {

    /** The registry name of the store, for the node's queries (REST, explorer). */
    static final String STORE_BEAN = "objectbusHistory";

    private static final Logger LOG = LoggerFactory.getLogger(HistoryService.class);

    private final HistorySettings settings;
    private HistoryRecorder recorder;
    private ScheduledExecutorService retention;

    HistoryService(HistorySettings settings) {
        this.settings = settings;
    }

    @Override
    public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {}

    @Override
    public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) {
        HistoryStore store;
        try {
            store = "postgresql".equals(settings.store())
                    ? PostgresHistoryStore.open(settings.url(), settings.user(), settings.password())
                    : DuckDbHistoryStore.open(Path.of(settings.file()));
        } catch (HistoryException | RuntimeException | LinkageError e) {
            throw new NodeStartException(
                    "the history store (" + settings + ") did not open: " + NodeStartException.reason(e)
                            + "; check objectbus.history.* or set objectbus.history.enabled=false",
                    e);
        }
        context.getRegistry().bind(STORE_BEAN, store);
        ObjectBusComponent bus = context.getComponent("objectbus", ObjectBusComponent.class);
        recorder = new HistoryRecorder(store, settings.queueCapacity(), settings.batchSize(), 250, Clock.systemUTC())
                .start(bus.getBus().view());
        retention = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "objectbus-history-retention"));
        retention.scheduleWithFixedDelay(() -> applyRetention(store), 1, 60, TimeUnit.MINUTES);
        LOG.info("History recorded in {}", settings);
    }

    HistoryRecorder recorder() {
        return recorder;
    }

    private void applyRetention(HistoryStore store) {
        for (Map.Entry<String, java.time.Duration> rule : settings.retention().entrySet()) {
            try {
                long deleted = store.deleteBefore(rule.getKey(), Instant.now().minus(rule.getValue()));
                if (deleted > 0) {
                    LOG.info("History: {} values of {} older than {} deleted", deleted, rule.getKey(), rule.getValue());
                }
            } catch (HistoryException e) {
                LOG.warn("History retention of {}: {}", rule.getKey(), e.getMessage());
            }
        }
    }

    @Override
    protected void doStop() {
        if (retention != null) {
            retention.shutdownNow();
        }
        HistoryRecorder running = recorder;
        recorder = null;
        if (running != null) {
            try {
                running.close();
            } catch (HistoryException e) {
                LOG.warn("Stopping the history: {}", e.getMessage());
            }
        }
    }
}
