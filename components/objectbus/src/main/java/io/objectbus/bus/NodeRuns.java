// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** Tells a node's new run from its {@code $state}: online, since another time than the state held before. */
final class NodeRuns {

    private NodeRuns() {}

    /**
     * @param held the node's {@code $state} held so far, or null
     * @param incoming the node's own {@code $state} just received
     */
    static boolean startsNewRun(byte[] held, byte[] incoming) {
        if (held == null) {
            return false;
        }
        JsonNode before = parse(held);
        JsonNode now = parse(incoming);
        return now != null
                && before != null
                && now.path("online").asBoolean(false)
                && now.hasNonNull("since")
                && !now.path("since").equals(before.path("since"));
    }

    private static JsonNode parse(byte[] payload) {
        try {
            return Json.parse(payload);
        } catch (IOException e) {
            return null;
        }
    }
}
