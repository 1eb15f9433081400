// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Where values are recorded and read back: the embedded store or PostgreSQL, with the same queries. */
public interface HistoryStore extends AutoCloseable {

    /** Records a batch of samples in one transaction. */
    void append(List<Sample> samples) throws HistoryException;

    /** The samples of one resource in [from, to), oldest first, at most {@code limit}. */
    List<Sample> raw(String node, String object, String resource, Instant from, Instant to, int limit)
            throws HistoryException;

    /** Min, max, average, last and count of a resource's numeric values per interval in [from, to), oldest first. */
    List<Aggregate> aggregate(String node, String object, String resource, Instant from, Instant to, Duration interval)
            throws HistoryException;

    /** Deletes the samples of resources matching a pattern ({@code *} any characters) older than a time. */
    long deleteBefore(String resourcePattern, Instant before) throws HistoryException;

    /** Rows in the store. */
    long count() throws HistoryException;

    @Override
    void close() throws HistoryException;
}
