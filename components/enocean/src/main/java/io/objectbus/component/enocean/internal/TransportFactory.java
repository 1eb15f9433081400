// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.internal;

import java.io.IOException;

/** Opens a fresh {@link Transport}; called again on every reconnect. */
@FunctionalInterface
public interface TransportFactory {

    Transport open() throws IOException;
}
