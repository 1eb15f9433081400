// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.history;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.objectbus.component.ObjectBusComponent;
import io.objectbus.history.DuckDbHistoryStore;
import io.objectbus.history.HistoryException;
import io.objectbus.history.HistoryMaintenance;
import io.objectbus.history.HistoryRecorder;
import io.objectbus.history.HistoryStore;
import io.objectbus.history.PostgresHistoryStore;
import io.objectbus.node.NodeStartException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedStartupListener;
import org.apache.camel.component.micrometer.MicrometerConstants;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the bus's values from the moment the context runs, and downsamples and applies the retention every hour,
 * in the background. A store that
 * cannot be opened fails the node's start: a node asked to keep history does not run without it.
 */
final class HistoryService extends ServiceSupport implements ExtendedStartupListener {

    /** The registry name of the store, for the node's queries (REST, explorer). */
    static final String STORE_BEAN = HistoryStore.REGISTRY_NAME;

    private static final Logger LOG = LoggerFactory.getLogger(HistoryService.class);

    private final HistorySettings settings;
    private HistoryRecorder recorder;
    private ScheduledExecutorService maintenance;

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
        maintenance = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "objectbus-history-maintenance"));
        bindMeters(context, recorder);
        // Once soon after the start, so that a node that was off catches up, then every hour.
        maintenance.scheduleWithFixedDelay(
                new HistoryMaintenance(store, settings.downsampling(), settings.retention(), Clock.systemUTC()),
                1,
                60,
                TimeUnit.MINUTES);
        LOG.info("History recorded in {}", settings);
    }

    /** On the node's /metrics when its HTTP server runs: what was recorded, and what could not be kept. */
    private static void bindMeters(CamelContext context, HistoryRecorder recorder) {
        MeterRegistry meters = context.getRegistry()
                .lookupByNameAndType(MicrometerConstants.METRICS_REGISTRY_NAME, MeterRegistry.class);
        if (meters == null) {
            return;
        }
        FunctionCounter.builder("objectbus.history.recorded", recorder, HistoryRecorder::recorded)
                .description("values written to the history store")
                .register(meters);
        FunctionCounter.builder("objectbus.history.dropped", recorder, HistoryRecorder::dropped)
                .description("values not recorded because the store fell behind and the queue was full")
                .register(meters);
        FunctionCounter.builder("objectbus.history.failed", recorder, HistoryRecorder::failed)
                .description("values of batches the store refused")
                .register(meters);
        Gauge.builder("objectbus.history.waiting", recorder, HistoryRecorder::waiting)
                .description("values waiting to be written")
                .register(meters);
    }

    HistoryRecorder recorder() {
        return recorder;
    }

    @Override
    protected void doStop() {
        if (maintenance != null) {
            maintenance.shutdownNow();
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
