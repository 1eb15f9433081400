// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.json;

import java.util.Map;

/**
 * What a device's JSON gave: the values of the resources the mapping found, by resource id, in their bus types; the
 * resources it did not find, with the reason; or, where the payload is no JSON at all, why ({@code unreadable}).
 */
public record JsonReadings(Map<String, Object> values, Map<String, String> problems, String unreadable) {

    public JsonReadings {
        values = Map.copyOf(values);
        problems = Map.copyOf(problems);
    }

    static JsonReadings unreadable(String reason) {
        return new JsonReadings(Map.of(), Map.of(), reason);
    }

    /** Whether every resource was found. */
    public boolean complete() {
        return unreadable == null && problems.isEmpty();
    }
}
