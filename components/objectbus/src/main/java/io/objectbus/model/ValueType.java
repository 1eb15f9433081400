// SPDX-License-Identifier: Apache-2.0
package io.objectbus.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The JSON type of a resource's value. */
public enum ValueType {
    NUMBER,
    INTEGER,
    BOOLEAN,
    STRING,
    /** A string out of the descriptor's {@code enum} list. */
    ENUM;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ValueType of(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
