// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.internal;

import io.objectbus.component.lorawan.gwmp.Rxpk;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Collects the copies of one PHYPayload that several gateways heard within a window into one delivery, so a frame is
 * processed (MIC, counter, payload) once, with every reception known. Used on the worker thread only.
 */
final class Deduplicator {

    /** One gateway's copy of a frame; rctx is a Basics Station's reception context (0 from a packet forwarder). */
    record Heard(long gatewayEui, Rxpk rxpk, long rctx) {}

    private final Map<String, List<Heard>> open = new HashMap<>();

    /** Adds a copy; true when it is the first, and the caller must then call {@link #close} after the window. */
    boolean add(Heard heard) {
        List<Heard> copies = open.get(key(heard.rxpk().phy()));
        if (copies != null) {
            copies.add(heard);
            return false;
        }
        copies = new ArrayList<>();
        copies.add(heard);
        open.put(key(heard.rxpk().phy()), copies);
        return true;
    }

    /** Ends the window of the frame and hands over its copies. */
    void close(byte[] phy, Consumer<List<Heard>> deliver) {
        List<Heard> copies = open.remove(key(phy));
        if (copies != null) {
            deliver.accept(copies);
        }
    }

    private static String key(byte[] phy) {
        return new String(phy, StandardCharsets.ISO_8859_1);
    }
}
