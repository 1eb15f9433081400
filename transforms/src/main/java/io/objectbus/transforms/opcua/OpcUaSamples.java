// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.opcua;

import io.objectbus.model.Quality;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.opcua.model.UaValue;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;

/** A DataValue as a bus sample: value in the bus's type, quality from the status code, the source timestamp. */
final class OpcUaSamples {

    private OpcUaSamples() {}

    static Map<String, Object> sample(String object, String resource, ResourceDescriptor descriptor, UaValue value) {
        DataValue data = value.value();
        Map<String, Object> sample = new HashMap<>();
        sample.put("object", object);
        sample.put("resource", resource);
        sample.put("q", OpcUaQuality.quality(data.statusCode()).wireName());
        putIfNotNull(sample, "r", OpcUaQuality.reason(data.statusCode()));
        putIfNotNull(sample, "ts", timestamp(data));
        try {
            sample.put("v", checked(descriptor, OpcUaTypes.toBus(data.value().value())));
        } catch (IllegalArgumentException e) {
            sample.put("v", null);
            sample.put("q", (data.statusCode().isBad() ? Quality.BAD : Quality.UNCERTAIN).wireName());
            sample.put("r", e.getMessage());
        }
        return sample;
    }

    /**
     * The bus refuses numbers outside a resource's min and max, but EURange is only the normal range (Part 8 clause
     * 5.3.2): such a value goes out as uncertain without a value, its reading in the reason.
     */
    private static Object checked(ResourceDescriptor descriptor, Object value) {
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if ((descriptor.min() != null && d < descriptor.min())
                    || (descriptor.max() != null && d > descriptor.max())) {
                throw new IllegalArgumentException("reading " + value + " is outside the EURange [" + descriptor.min()
                        + ", " + descriptor.max() + "]");
            }
        }
        return value;
    }

    /** The source timestamp, else the server's; null (the bus takes the time of arrival) when neither is set. */
    static Instant timestamp(DataValue data) {
        DateTime time =
                data.sourceTime() != null && data.sourceTime().isValid() ? data.sourceTime() : data.serverTime();
        return time != null && time.isValid() && !time.isNull() ? time.getJavaInstant() : null;
    }

    private static void putIfNotNull(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
