// SPDX-License-Identifier: Apache-2.0
package io.objectbus.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * An object on the bus: a device or a part of one, with its resources.
 *
 * @param id canonical identifier, {@code [A-Za-z0-9_-]+}
 * @param type what the object is ({@code room}, {@code analog-input}, {@code rocker-switch}, ...)
 * @param protocol where it comes from ({@code bacnet}, {@code enocean}, {@code opcua}, {@code sim}, ...)
 * @param address the device address in its protocol's own notation
 * @param staleAfterSeconds values turn stale when the object reports nothing for this long; 0 for never
 * @param commands the operations the object runs on request ({@code $cmd}), by name; empty for none
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ObjectDescriptor(
        String id,
        String name,
        String type,
        String protocol,
        String address,
        String location,
        List<String> tags,
        Map<String, ResourceDescriptor> resources,
        long staleAfterSeconds,
        Map<String, CommandDescriptor> commands) {

    @JsonCreator
    public ObjectDescriptor {
        tags = tags == null ? List.of() : List.copyOf(tags);
        resources = resources == null ? Map.of() : Map.copyOf(resources);
        commands = commands == null ? Map.of() : Map.copyOf(commands);
    }

    /** An object without commands. */
    public ObjectDescriptor(
            String id,
            String name,
            String type,
            String protocol,
            String address,
            String location,
            List<String> tags,
            Map<String, ResourceDescriptor> resources,
            long staleAfterSeconds) {
        this(id, name, type, protocol, address, location, tags, resources, staleAfterSeconds, Map.of());
    }

    /** The same object, running these commands. */
    public ObjectDescriptor withCommands(Map<String, CommandDescriptor> commands) {
        return new ObjectDescriptor(
                id, name, type, protocol, address, location, tags, resources, staleAfterSeconds, commands);
    }
}
