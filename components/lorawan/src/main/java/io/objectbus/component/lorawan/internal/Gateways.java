// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.internal;

import io.objectbus.component.lorawan.station.StationLink;
import java.net.SocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The gateways a server has heard from: where each one pulls downlinks from (the source of its PULL_DATA, or its Basics
 * Station connection), whether it is up (it sends PULL_DATA keep-alives, or its station is connected) and how much bad
 * input came from it. Used on the worker thread only.
 */
final class Gateways {

    static final class Gateway {
        /** The Basics Station connection of a station gateway, else null. */
        StationLink station;

        SocketAddress pullAddress;
        long lastPull;
        boolean up;
        long errors;
        int version = 2;
    }

    private final Map<Long, Gateway> gateways = new HashMap<>();
    private final long timeoutNanos;

    Gateways(long timeoutMillis) {
        this.timeoutNanos = timeoutMillis * 1_000_000L;
    }

    Gateway get(long eui) {
        return gateways.computeIfAbsent(eui, k -> new Gateway());
    }

    /** A PULL_DATA: true when the gateway was not up before. */
    boolean pulled(long eui, SocketAddress from, int version, long now) {
        Gateway g = get(eui);
        g.pullAddress = from;
        g.lastPull = now;
        g.version = version;
        boolean cameUp = !g.up;
        g.up = true;
        return cameUp;
    }

    /** Turns down the gateways silent past the timeout and tells whom. */
    void expire(long now, BiConsumer<Long, Long> down) {
        gateways.forEach((eui, g) -> {
            if (g.up && g.station == null && now - g.lastPull > timeoutNanos) {
                g.up = false;
                down.accept(eui, timeoutNanos / 1_000_000L);
            }
        });
    }
}
