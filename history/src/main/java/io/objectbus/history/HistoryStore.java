// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Where values are recorded and read back: the embedded store or PostgreSQL, with the same queries. Values older than
 * a downsampling horizon are kept only as interval aggregates; the queries read them where the raw values are gone.
 */
public interface HistoryStore extends AutoCloseable {

    /** The name the node binds its store under in its registry, for its queries (REST, explorer). */
    String REGISTRY_NAME = "objectbusHistory";

    /** The quality of a point that stands for a downsampled interval (its average, at the interval's start). */
    String DOWNSAMPLED = "downsampled";

    /** Records a batch of samples in one transaction. */
    void append(List<Sample> samples) throws HistoryException;

    /**
     * The samples of one resource in [from, to), oldest first, at most {@code limit}; where only aggregates are left,
     * one sample per interval: its average, quality {@link #DOWNSAMPLED}.
     */
    List<Sample> raw(String node, String object, String resource, Instant from, Instant to, int limit)
            throws HistoryException;

    /**
     * Min, max, average, last and count of a resource's numeric values per interval in [from, to), oldest first. Where
     * only aggregates are left, an interval is no finer than theirs.
     */
    List<Aggregate> aggregate(String node, String object, String resource, Instant from, Instant to, Duration interval)
            throws HistoryException;

    /**
     * Replaces the raw values of the matching resources older than {@code before} (rounded down to a whole interval)
     * by one aggregate per resource and interval; answers how many raw values it replaced. Recording goes on meanwhile.
     */
    long downsample(ResourceMatch resources, Instant before, Duration interval) throws HistoryException;

    /**
     * Reorganises the raw values older than {@code before} (rounded down to an hour) for queries of one resource, where
     * the store needs it (the embedded store orders closed hours by resource); answers how many values it moved.
     */
    default long compact(Instant before) throws HistoryException {
        return 0;
    }

    /** Deletes the values and aggregates of the matching resources older than a time. */
    long deleteBefore(ResourceMatch resources, Instant before) throws HistoryException;

    /** Raw values in the store. */
    long count() throws HistoryException;

    @Override
    void close() throws HistoryException;
}
