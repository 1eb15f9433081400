// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import java.time.Instant;

/** A resource's numeric values over one interval. */
public record Aggregate(Instant start, double min, double max, double avg, double last, long count) {}
