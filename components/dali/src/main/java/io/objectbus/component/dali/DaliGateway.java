// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali;

/** The gateways the component speaks to. */
public enum DaliGateway {
    /** The daliserver TCP protocol of the Tridonic DALI-USB multiplexer; address host:port (default port 55825). */
    daliserver,
    /** A Helvar router's HelvarNet ASCII protocol over TCP; address host:port (default port 50000). */
    helvarnet,
    /** A Lunatone DALI-2 IoT gateway: REST /info, then raw frames over its WebSocket; address host:port (80). */
    lunatone
}
