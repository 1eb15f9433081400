// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import io.objectbus.bus.BusObject;
import io.objectbus.bus.BusValue;
import io.objectbus.bus.Json;
import io.objectbus.model.ObjectDescriptor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Objects and values as the API answers them: the fields of {@code $info} and of value payloads (PROTOCOL.md). */
final class ApiObjects {

    private ApiObjects() {}

    static Map<String, Object> summary(BusObject object) {
        ObjectDescriptor d = object.descriptor();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("node", object.node());
        summary.put("id", d.id());
        summary.put("name", d.name());
        summary.put("type", d.type());
        summary.put("protocol", d.protocol());
        summary.put("location", d.location());
        summary.put("tags", d.tags());
        summary.put("resources", d.resources().keySet().stream().sorted().toList());
        return summary;
    }

    static Map<String, Object> full(BusObject object, List<BusValue> values) {
        Map<String, Object> full = new LinkedHashMap<>();
        full.put("node", object.node());
        full.put("descriptor", object.descriptor());
        full.put("values", values(values));
        return full;
    }

    /** {@code {resource: {v, u, ts, q, r, seq}}}, in the order of the resource ids. */
    static Map<String, Object> values(List<BusValue> values) {
        Map<String, Object> byResource = new TreeMap<>();
        for (BusValue value : values) {
            byResource.put(value.resource(), payload(value));
        }
        return byResource;
    }

    /** {@code {v, u, ts, q, r, seq}} of one value. */
    static Map<String, Object> payload(BusValue value) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("v", value.value());
        payload.put("u", value.unit());
        payload.put("ts", value.timestamp() == null ? null : Json.timestamp(value.timestamp()));
        payload.put("q", value.quality().toString().toLowerCase(java.util.Locale.ROOT));
        payload.put("r", value.reason());
        payload.put("seq", value.sequence());
        return payload;
    }
}
