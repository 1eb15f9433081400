// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.sim;

import java.io.IOException;

/** A simulated gateway in front of a {@link SimulatedBus}, as the adapter contract tests drive each kind. */
public interface GatewaySimulator extends AutoCloseable {

    /** The loopback port it listens on. */
    int port();

    /** While on, level frames are answered with garbage in the gateway's own format. */
    void answerGarbageToLevels(boolean on);

    @Override
    void close() throws IOException;
}
