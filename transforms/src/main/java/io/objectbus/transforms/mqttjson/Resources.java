// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.mqttjson;

import io.objectbus.model.Ids;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.ValueType;
import java.util.Locale;

/** Resource ids and descriptors the device mappings share. */
public final class Resources {

    private Resources() {}

    /** A resource id from a device's own names: lower case, other characters as {@code -}. */
    public static String id(String... parts) {
        return Ids.canonical(String.join("-", parts).toLowerCase(Locale.ROOT));
    }

    public static ResourceDescriptor number(String unit) {
        return ResourceDescriptor.number(unit);
    }

    /** A switched output: writable, off when every level is relinquished. */
    public static ResourceDescriptor relay(String description) {
        return ResourceDescriptor.bool().writable(false).described(null, description);
    }

    /** A writable number with its range, relinquished to {@code relinquish}. */
    public static ResourceDescriptor level(String unit, double min, double max, Object relinquish) {
        return ResourceDescriptor.number(unit).range(min, max).writable(relinquish);
    }

    public static ResourceDescriptor text() {
        return new ResourceDescriptor(ValueType.STRING, null, false, null, null, null, null, null, null, null);
    }

    /** Whether a reported value confirms a written one: equal, numbers to within half a unit (devices round). */
    public static boolean confirms(Object expected, Object reported) {
        if (expected instanceof Number e && reported instanceof Number r) {
            return Math.abs(e.doubleValue() - r.doubleValue()) <= 0.5;
        }
        return expected != null && expected.equals(reported);
    }
}
