// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass of compaction (closed hours ordered by resource, where the store needs it), downsampling, then retention, by rules on resource ids ({@code *} any characters; the first rule that
 * matches a resource decides). Run in the background: the store does it on a connection of its own, a day at a time,
 * while values go on being recorded.
 */
public final class HistoryMaintenance implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryMaintenance.class);

    /** Raw values of matching resources older than {@code after} become aggregates per {@code interval}. */
    public record Downsampling(Duration after, Duration interval) {

        /** {@code 30d/1m}: raw for 30 days, then minute aggregates. */
        @Override
        public String toString() {
            return after + "/" + interval;
        }
    }

    private final HistoryStore store;
    private final List<Map.Entry<ResourceMatch, Downsampling>> downsampling;
    private final List<Map.Entry<ResourceMatch, Duration>> retention;
    private final Clock clock;

    public HistoryMaintenance(
            HistoryStore store, Map<String, Downsampling> downsampling, Map<String, Duration> retention, Clock clock) {
        this.store = store;
        this.downsampling = rules(downsampling);
        this.retention = rules(retention);
        this.clock = clock;
    }

    @Override
    public void run() {
        try {
            long moved = store.compact(clock.instant());
            LOG.debug("History: {} values of closed hours ordered by resource", moved);
        } catch (HistoryException e) {
            LOG.warn("History compaction: {}", e.getMessage());
        }
        for (Map.Entry<ResourceMatch, Downsampling> rule : downsampling) {
            Downsampling d = rule.getValue();
            try {
                long replaced = store.downsample(rule.getKey(), clock.instant().minus(d.after()), d.interval());
                if (replaced > 0) {
                    LOG.info(
                            "History: {} values of {} older than {} kept as {} aggregates",
                            replaced,
                            rule.getKey(),
                            d.after(),
                            d.interval());
                }
            } catch (HistoryException e) {
                LOG.warn("History downsampling of {}: {}", rule.getKey(), e.getMessage());
            }
        }
        for (Map.Entry<ResourceMatch, Duration> rule : retention) {
            try {
                long deleted = store.deleteBefore(rule.getKey(), clock.instant().minus(rule.getValue()));
                if (deleted > 0) {
                    LOG.info("History: {} values of {} older than {} deleted", deleted, rule.getKey(), rule.getValue());
                }
            } catch (HistoryException e) {
                LOG.warn("History retention of {}: {}", rule.getKey(), e.getMessage());
            }
        }
    }

    private static <V> List<Map.Entry<ResourceMatch, V>> rules(Map<String, V> byPattern) {
        List<String> patterns = new ArrayList<>(byPattern.keySet());
        List<ResourceMatch> matches = ResourceMatch.firstMatchWins(patterns);
        List<Map.Entry<ResourceMatch, V>> rules = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            rules.add(Map.entry(matches.get(i), byPattern.get(patterns.get(i))));
        }
        return rules;
    }
}
