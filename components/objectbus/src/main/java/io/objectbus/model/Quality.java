// SPDX-License-Identifier: Apache-2.0
package io.objectbus.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How far a value can be trusted. Anything but {@code good} travels with a reason. */
public enum Quality {
    GOOD,
    UNCERTAIN,
    BAD,
    /** The device stopped reporting: the value is the last one known. */
    STALE;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    public static Quality of(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
