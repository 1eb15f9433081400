// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.bacnet;

import io.objectbus.model.Quality;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A BACnet object's present-value and status-flags as a value of its bus object, in the form {@code
 * objectbus:publish} takes: {@code {object, resource, v, q, r, ts}}.
 */
public final class BacnetSamples {
    private BacnetSamples() {}

    /** The value of the object's present-value resource; null when the properties carry no present-value. */
    public static Map<String, Object> sample(PointInfo point, Map<String, Object> properties, Instant ts) {
        if (!properties.containsKey("present-value")) {
            return null;
        }
        Map<String, Object> sample = new LinkedHashMap<>();
        sample.put("object", point.objectId());
        sample.put("resource", BacnetObjects.RESOURCE);
        BacnetQuality.Verdict verdict = BacnetQuality.of(properties.get("status-flags"), properties.get("reliability"));
        try {
            sample.put("v", BacnetValues.toBus(point, properties.get("present-value")));
            sample.put("q", verdict.quality().wireName());
            if (verdict.reason() != null) {
                sample.put("r", verdict.reason());
            }
        } catch (IllegalArgumentException e) {
            // The value cannot stand for the resource: the resource says so instead of going silent.
            sample.put("v", null);
            sample.put("q", Quality.BAD.wireName());
            sample.put("r", e.getMessage());
        }
        sample.put("ts", ts);
        return sample;
    }
}
