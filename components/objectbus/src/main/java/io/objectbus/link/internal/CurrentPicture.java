// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

import io.objectbus.bus.BusNode;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What of the node's current picture (its own descriptors, values and state, and what it holds of other nodes)
 * crosses a link, as resent current state: for a far node that asked for it, and for a cloud broker at each
 * connection.
 */
final class CurrentPicture {

    private final BusNode bus;
    private final String everything;

    CurrentPicture(BusNode bus, String prefix) {
        this.bus = bus;
        this.everything = prefix + "/#";
    }

    /** The current payload of one topic, or null. */
    byte[] payloadOf(String topic) {
        byte[][] found = new byte[1][];
        bus.forEachCurrent(topic, (t, payload, path) -> found[0] = payload);
        return found[0];
    }

    /** Every current message of the kinds asked for that the selection lets cross. */
    void forEachCrossing(Selection selection, Predicate<TopicKind.Kind> kinds, Consumer<LinkMessage> sink) {
        bus.forEachCurrent(everything, (topic, payload, path) -> {
            LinkMessage m = LinkMessage.of(topic, payload, path, true);
            if (kinds.test(selection.kind(topic).kind()) && selection.crosses(m)) {
                sink.accept(m);
            }
        });
    }
}
