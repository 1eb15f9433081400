// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.network;

import io.objectbus.bacnet.client.DeviceInfo;
import java.time.Instant;
import java.util.List;

/**
 * New present-values and status-flags of a device's objects: from a COV notification ({@link #COV}) or a poll
 * ({@link #POLL}).
 */
public record PointValues(DeviceInfo device, String source, List<PointSnapshot> objects, Instant at) {
    public static final String COV = "cov";
    public static final String POLL = "poll";

    public PointValues {
        objects = List.copyOf(objects);
    }
}
