// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.objectbus.component.lorawan.frame.Hex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The sessions of a network server by DevAddr and DevEUI, with the DevNonces each OTAA device has used; joined
 * sessions and all frame counters are kept in a JSON file (when one is given) so that a restart neither loses joined
 * devices nor accepts replayed frames. Used on the server's worker thread only.
 */
public final class SessionStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int NONCES_KEPT = 32;

    private final Map<Integer, Session> byAddr = new HashMap<>();
    private final Map<Long, Session> byEui = new HashMap<>();
    private final Map<Long, Deque<Integer>> nonces = new HashMap<>();
    private final Path file;
    private boolean dirty;

    public SessionStore(Path file) {
        this.file = file;
    }

    public Session byAddr(int devAddr) {
        return byAddr.get(devAddr);
    }

    public Session byEui(long devEui) {
        return byEui.get(devEui);
    }

    /** Adds a session, replacing the device's previous one. */
    public void put(Session session) {
        Session old = byEui.put(session.devEui, session);
        if (old != null) {
            byAddr.remove(old.devAddr);
        }
        byAddr.put(session.devAddr, session);
        dirty = true;
    }

    /** Records a DevNonce; false when the device used it before (a replayed Join-Request). */
    public boolean useNonce(long devEui, int devNonce) {
        Deque<Integer> used = nonces.computeIfAbsent(devEui, k -> new ArrayDeque<>());
        if (used.contains(devNonce)) {
            return false;
        }
        used.addLast(devNonce);
        if (used.size() > NONCES_KEPT) {
            used.removeFirst();
        }
        dirty = true;
        return true;
    }

    public void changed() {
        dirty = true;
    }

    /** Writes the file if anything changed since the last save (atomically, through a temporary file). */
    public void save() {
        if (file == null || !dirty) {
            return;
        }
        ArrayNode list = JSON.createArrayNode();
        byEui.values().forEach(s -> list.add(toJson(s)));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(list));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            dirty = false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the LoRaWAN session file " + file, e);
        }
    }

    /** Reads the file, if there is one: its sessions come before the configured ABP ones are applied. */
    public void load() throws IOException {
        if (file == null || !Files.exists(file)) {
            return;
        }
        for (JsonNode n : JSON.readTree(file.toFile())) {
            Session s = new Session(
                    Hex.eui(n.path("devEui").asText()),
                    Hex.devAddr(n.path("devAddr").asText()),
                    Hex.key(n.path("nwkSKey").asText()),
                    Hex.key(n.path("appSKey").asText()),
                    n.path("otaa").asBoolean());
            s.fCntUp = n.path("fCntUp").asLong(-1);
            s.fCntDown = n.path("fCntDown").asLong();
            Deque<Integer> used = new ArrayDeque<>();
            n.path("devNonces").forEach(v -> used.add(v.asInt()));
            nonces.put(s.devEui, used);
            put(s);
        }
        dirty = false;
    }

    private ObjectNode toJson(Session s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("devEui", Hex.eui(s.devEui))
                .put("devAddr", Hex.devAddr(s.devAddr))
                .put("otaa", s.otaa);
        n.put("nwkSKey", Hex.bytes(s.nwkSKey)).put("appSKey", Hex.bytes(s.appSKey));
        n.put("fCntUp", s.fCntUp).put("fCntDown", s.fCntDown);
        ArrayNode used = n.putArray("devNonces");
        nonces.getOrDefault(s.devEui, new ArrayDeque<>()).forEach(used::add);
        return n;
    }
}
