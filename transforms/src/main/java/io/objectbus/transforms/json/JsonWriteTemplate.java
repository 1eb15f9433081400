// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A device request for a bus write, from a template an adapter file gives: {@code @value@} becomes the value as JSON
 * ({@code 21.5}, {@code true}, {@code "eco"}), {@code @text@} the value as plain text, {@code @resource@} and
 * {@code @object@} the ids. E.g. {@code {"@resource@": @value@}} for {@code setpoint} 21.5 is
 * {@code {"setpoint": 21.5}}. (Not braces: Camel reads {@code }}} in a parameter as the end of a placeholder.)
 */
public final class JsonWriteTemplate {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonWriteTemplate() {}

    public static String render(String template, String objectId, String resourceId, Object value) {
        return template.replace("@value@", json(value))
                .replace("@text@", String.valueOf(value))
                .replace("@resource@", resourceId)
                .replace("@object@", objectId);
    }

    private static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value + " as JSON: " + e.getOriginalMessage());
        }
    }
}
