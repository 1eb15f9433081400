// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.station;

import io.vertx.core.http.ServerWebSocket;

/** One station's traffic connection: the server writes its router_config and dnmsg messages here. */
public final class StationLink {

    private final ServerWebSocket socket;

    StationLink(ServerWebSocket socket) {
        this.socket = socket;
    }

    /** Sends a message; Vert.x takes writes from any thread and orders them. */
    public void send(String json) {
        socket.writeTextMessage(json);
    }

    /** Where the station connects from. */
    public String remote() {
        return String.valueOf(socket.remoteAddress());
    }
}
