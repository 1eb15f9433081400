// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.opcua;

import io.objectbus.model.Ids;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Bus ids from browse names: readable ({@code plant-Line1-Boiler1}, {@code Temperature}) and the same on every
 * browse. Where two names give the same id, or a name gives more than 64 characters, a short checksum of the node's
 * address keeps them apart and stable.
 */
final class OpcUaIds {

    private static final int HASH_LENGTH = 8;
    private final Set<String> taken = new HashSet<>();

    /**
     * @param readable the name the id is derived from
     * @param stableKey what tells this node apart for good: its node id with namespace URI
     */
    String assign(String readable, String stableKey) {
        String id = canonicalOrEmpty(readable);
        if (id.isEmpty() || id.length() >= Ids.MAX_LENGTH || taken.contains(id)) {
            id = withHash(id, stableKey);
        }
        taken.add(id);
        return id;
    }

    private static String canonicalOrEmpty(String raw) {
        try {
            // canonical() cuts at 64 characters: assign() gives an id that long a checksum, as it may be cut.
            return Ids.canonical(raw);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String withHash(String id, String stableKey) {
        CRC32 crc = new CRC32();
        crc.update(stableKey.getBytes(StandardCharsets.UTF_8));
        String hash = String.format("%08x", crc.getValue());
        int room = Ids.MAX_LENGTH - HASH_LENGTH - 1;
        String head = id.length() > room ? id.substring(0, room) : id;
        return head.isEmpty() ? "n" + hash : head + "-" + hash;
    }
}
