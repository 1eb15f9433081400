// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

import java.time.Duration;

/**
 * One link, as a router or bridge endpoint configures it.
 *
 * @param name the link's id: part of its queue names and of the node descriptor's {@code links}
 * @param rules what crosses; its remote node is null for a cloud bridge
 * @param bridgeMapping how a cloud bridge publishes; null for a router
 * @param maxStoreBytes how much may wait on disk for the link while it is down
 * @param window messages in flight per stream before waiting for acknowledgements
 * @param replyTimeout how long answers to a forwarded request are brought back
 */
public record LinkSpec(
        String name,
        ConnectionSettings connection,
        Selection.Rules rules,
        Mapping bridgeMapping,
        long maxStoreBytes,
        int window,
        Duration replyTimeout) {

    public boolean router() {
        return bridgeMapping == null;
    }
}
