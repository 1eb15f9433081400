// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker.security;

import java.nio.file.Path;

/**
 * What the broker needs to decide what each client may do.
 *
 * @param identitiesFile the identities file (YAML), or null for none
 * @param prefix the bus's topic prefix, e.g. {@code ob/v1}, on which grants are expressed
 * @param limits bounds on what one client may send
 */
public record AccessSettings(Path identitiesFile, String prefix, InputLimits limits) {

    public static AccessSettings defaults() {
        return new AccessSettings(null, "ob/v1", InputLimits.defaults());
    }

    public AccessSettings withIdentitiesFile(Path file) {
        return new AccessSettings(file, prefix, limits);
    }

    public AccessSettings withPrefix(String busPrefix) {
        return new AccessSettings(identitiesFile, busPrefix, limits);
    }

    public AccessSettings withLimits(InputLimits inputLimits) {
        return new AccessSettings(identitiesFile, prefix, inputLimits);
    }
}
