// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.dali;

import io.objectbus.component.dali.frame.DimmingCurve;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A group's values from its members' levels. A DALI group has no level of its own, only its members do, so the
 * group shows what they have in common: {@code level} is the members' common level and {@code on} their common
 * state; where the members differ the value is null (mixed) until they agree again, e.g. after a write to the
 * group.
 */
public final class GroupValues {

    private GroupValues() {}

    /** @param memberLevels the members' arc levels; no members gives no values */
    public static Map<String, Object> of(List<Integer> memberLevels) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (memberLevels.isEmpty()) {
            return values;
        }
        long levels = memberLevels.stream().distinct().count();
        long states = memberLevels.stream().map(l -> l > 0).distinct().count();
        int first = memberLevels.get(0);
        values.put(DaliObjects.ON, states == 1 ? first > 0 : null);
        values.put(DaliObjects.LEVEL, levels == 1 ? DimmingCurve.rounded(Math.min(254, first)) : null);
        return values;
    }
}
