// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code objectbus.cluster.raft.members}: every member of the Raft lease as {@code id@host:port}, the same list on
 * every member, this one included (its own entry is where it listens).
 */
record RaftMembers(Map<String, InetSocketAddress> addresses) {

    static final String SETTING = "objectbus.cluster.raft.members";

    static RaftMembers parse(String text) {
        Map<String, InetSocketAddress> addresses = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            if (!entry.isBlank()) {
                addEntry(addresses, entry.trim());
            }
        }
        if (addresses.isEmpty()) {
            throw invalid("must list every member as id@host:port (the same list on every member)");
        }
        return new RaftMembers(addresses);
    }

    private static void addEntry(Map<String, InetSocketAddress> addresses, String entry) {
        int at = entry.indexOf('@');
        int colon = entry.lastIndexOf(':');
        if (at <= 0 || colon < at + 2 || colon == entry.length() - 1) {
            throw invalid("has " + entry + ", not id@host:port");
        }
        String id = entry.substring(0, at);
        String host = entry.substring(at + 1, colon);
        int port = port(entry, entry.substring(colon + 1));
        try {
            if (addresses.put(id, new InetSocketAddress(InetAddress.getByName(host), port)) != null) {
                throw invalid("names " + id + " twice");
            }
        } catch (UnknownHostException e) {
            throw invalid("has " + entry + " whose host is unknown");
        }
    }

    private static int port(String entry, String text) {
        try {
            int port = Integer.parseInt(text);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below, as any other bad port
        }
        throw invalid("has " + entry + " whose port is not 1 to 65535");
    }

    private static NodeStartException invalid(String why) {
        return new NodeStartException(SETTING + " " + why, null);
    }

    List<String> ids() {
        return List.copyOf(addresses.keySet());
    }

    List<InetSocketAddress> all() {
        return new ArrayList<>(addresses.values());
    }

    /** Where this member listens; its id must be in the list. */
    InetSocketAddress own(String id) {
        InetSocketAddress own = addresses.get(id);
        if (own == null) {
            throw new NodeStartException(
                    SETTING + " does not list this member's Raft id " + id
                            + " (objectbus.cluster.raft.id, else the node id)",
                    null);
        }
        return own;
    }
}
