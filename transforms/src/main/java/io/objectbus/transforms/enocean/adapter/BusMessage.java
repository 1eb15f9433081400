// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean.adapter;

import java.time.Instant;

/**
 * One thing the adapter tells the bus besides a device's values, which the kamelet's route sends to the
 * {@code objectbus:} endpoint of that name: {@code describe}, {@code publish}, {@code event} or {@code remove}.
 *
 * @param target   the {@code objectbus:} endpoint: describe, publish, event or remove
 * @param objectId the object it is about (header ObjectBusObject); null for a description
 * @param body     the descriptions, the values, the event; null for a removal
 * @param at       when the values were seen (header ObjectBusTimestamp)
 */
public record BusMessage(String target, String objectId, Object body, Instant at) {

    /** The exchange property that carries the messages of one exchange to the route's steps. */
    public static final String PROPERTY = "EnoceanBusMessages";
}
