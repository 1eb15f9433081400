// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal.bridge;

import io.objectbus.link.internal.Mapping;
import io.objectbus.link.internal.Selection;
import java.util.Locale;

/** The conventions a cloud bridge publishes in. */
public final class CloudMappings {

    private CloudMappings() {}

    public static Mapping of(String format, String topicTemplate, String site, Selection.Rules rules) {
        String siteName = site == null || site.isBlank() ? rules.localNode() : site;
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "telemetry" ->
                new TelemetryMapping(rules.prefix(), template(topicTemplate, "{site}/{object}/{resource}"), siteName);
            case "sparkplug" -> new SparkplugMapping(rules.prefix(), siteName);
            case "objectbus" ->
                new ObjectBusMapping(
                        rules.prefix(), template(topicTemplate, "{site}/{node}/{object}/{resource}"), siteName);
            default ->
                throw new IllegalArgumentException(
                        "unknown bridge format " + format + ": telemetry, sparkplug or objectbus");
        };
    }

    private static String template(String given, String otherwise) {
        return given == null || given.isBlank() ? otherwise : given;
    }
}
