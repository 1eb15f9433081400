// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.model.ObjectDescriptor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A command the bus hands to the adapter that owns the object: a valid {@code $cmd} request.
 *
 * @param name the command, one the object's descriptor lists
 * @param args its arguments as the request gave them (JSON numbers, strings, booleans, lists and maps)
 */
public record BusCommand(String objectId, String name, Map<String, Object> args, ObjectDescriptor object) {

    public BusCommand {
        args = args == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }
}
