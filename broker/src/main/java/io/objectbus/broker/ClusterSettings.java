// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import java.util.List;

/**
 * Makes the broker a member of a symmetric Artemis cluster: a core listener for the other members, and static
 * connectors to each of them. Off unless a port is given.
 *
 * @param host bind address of the cluster listener, which the other members dial
 * @param port core protocol listener for the cluster's bridges; 0 for no cluster
 * @param members {@code host:port} of the other members' cluster listeners
 * @param password the cluster's shared password, the same on every member
 * @param ha the member's part in a live/backup pair, if any
 * @param tls TLS between the members, or plain TCP
 */
public record ClusterSettings(
        String host, int port, List<String> members, String password, HighAvailability ha, ClusterTls tls) {

    public ClusterSettings {
        members = List.copyOf(members);
    }

    /** A member without a backup, on plain TCP. */
    public ClusterSettings(String host, int port, List<String> members, String password) {
        this(host, port, members, password, HighAvailability.none(), ClusterTls.none());
    }

    /** A member on plain TCP. */
    public ClusterSettings(String host, int port, List<String> members, String password, HighAvailability ha) {
        this(host, port, members, password, ha, ClusterTls.none());
    }

    public ClusterSettings withTls(ClusterTls tls) {
        return new ClusterSettings(host, port, members, password, ha, tls);
    }

    /** A broker on its own, as without cluster settings. */
    public static ClusterSettings none() {
        return new ClusterSettings("127.0.0.1", 0, List.of(), "");
    }

    public boolean enabled() {
        return port > 0;
    }

    public String url() {
        return "tcp://" + host + ":" + port;
    }
}
