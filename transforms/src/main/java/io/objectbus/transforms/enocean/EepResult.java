// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import java.util.List;

/**
 * What decoding one telegram gave: the readings, and a reason for everything that could not be decoded. A telegram
 * of the wrong length or a teach-in telegram gives no readings and one problem; a field out of its valid range is
 * left out with a problem while the other fields are still read.
 *
 * @param readings the values, in profile order
 * @param problems reasons, empty when the whole telegram was understood
 */
public record EepResult(List<Reading> readings, List<String> problems) {

    public EepResult {
        readings = List.copyOf(readings);
        problems = List.copyOf(problems);
    }

    public static EepResult rejected(String reason) {
        return new EepResult(List.of(), List.of(reason));
    }

    /** Whether every field was understood. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /** The reading of a resource, if present. */
    public java.util.Optional<Reading> get(String resource) {
        return readings.stream().filter(r -> r.resource().equals(resource)).findFirst();
    }

    /** The value of a resource; throws when absent, for tests and callers that know the profile. */
    public Object value(String resource) {
        return get(resource)
                .map(Reading::value)
                .orElseThrow(() -> new IllegalArgumentException("no " + resource + " in " + this));
    }
}
