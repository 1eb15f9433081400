// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.station;

/** What the station transport tells the network server; called on the transport's event loop. */
public interface StationListener {

    /** A station opened its traffic connection. */
    void connected(long eui, StationLink link);

    /** A text message of a station's traffic connection. */
    void message(long eui, StationLink link, String text);

    /** A station's traffic connection closed. */
    void closed(long eui, StationLink link, String reason);

    /** Input refused before a station was known (a bad router-info request, an unknown path). */
    void refused(String reason, String text);
}
