// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.client;

import io.objectbus.bacnet.model.BacnetAddress;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.model.PropertyIdentifier;
import java.util.List;

/**
 * A COV notification received (clause 13.6 confirmed, 13.7 unconfirmed): the monitored object's changed values,
 * typically present-value and status-flags.
 *
 * @param timeRemaining seconds left of the subscription, 0 for indefinite
 */
public record CovEvent(
        BacnetAddress source,
        int deviceInstance,
        ObjectIdentifier objectId,
        long processId,
        long timeRemaining,
        boolean confirmed,
        List<PropertyResult> values) {
    public CovEvent {
        values = List.copyOf(values);
    }

    /** The plain Java value of {@code property}, or null when the notification does not carry it. */
    public Object value(int property) {
        return values.stream()
                .filter(result -> result.property() == property)
                .findFirst()
                .map(PropertyResult::value)
                .orElse(null);
    }

    public Object presentValue() {
        return value(PropertyIdentifier.PRESENT_VALUE);
    }
}
