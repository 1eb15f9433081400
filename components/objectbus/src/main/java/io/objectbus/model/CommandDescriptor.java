// SPDX-License-Identifier: Apache-2.0
package io.objectbus.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * An operation an object runs on request ({@code $cmd}), as its descriptor lists it so that clients discover it.
 *
 * @param description what the command does, for people
 * @param args the arguments it takes, by name; empty for none
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CommandDescriptor(String description, Map<String, Arg> args) {

    public CommandDescriptor {
        args = args == null ? Map.of() : Map.copyOf(args);
    }

    /**
     * One argument.
     *
     * @param type {@code number}, {@code integer}, {@code boolean} or {@code string}
     * @param description what it means
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Arg(String type, String description) {}
}
