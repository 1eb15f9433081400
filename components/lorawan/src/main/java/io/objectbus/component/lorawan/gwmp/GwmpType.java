// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.gwmp;

/** The packet identifiers of the Semtech packet forwarder protocol (PROTOCOL.TXT of packet_forwarder, v2). */
public enum GwmpType {
    PUSH_DATA(0x00, true),
    PUSH_ACK(0x01, false),
    PULL_DATA(0x02, true),
    PULL_RESP(0x03, false),
    PULL_ACK(0x04, false),
    TX_ACK(0x05, true);

    private final int id;
    private final boolean fromGateway;

    GwmpType(int id, boolean fromGateway) {
        this.id = id;
        this.fromGateway = fromGateway;
    }

    public int id() {
        return id;
    }

    /** Whether a gateway sends this packet (it then carries the gateway's EUI after the header). */
    public boolean fromGateway() {
        return fromGateway;
    }

    /** The type of an identifier byte, or null for an unknown one. */
    public static GwmpType of(int id) {
        return id >= 0 && id < values().length ? values()[id] : null;
    }
}
