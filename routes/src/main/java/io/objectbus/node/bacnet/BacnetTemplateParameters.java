// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bacnet;

import org.apache.camel.model.RouteTemplateDefinition;

/** The typed, described parameters of the {@code bacnet-network} template, and the endpoint they make. */
final class BacnetTemplateParameters {
    static final String URI = "bacnet:network?localPort={{localPort}}&bindAddress={{bindAddress}}"
            + "&broadcastAddress={{broadcastAddress}}&broadcastPort={{broadcastPort}}"
            + "&whoIsLowLimit={{deviceLow}}&whoIsHighLimit={{deviceHigh}}&whoIsInterval={{whoIsInterval}}"
            + "&pollInterval={{pollInterval}}&covLifetime={{covLifetime}}&covConfirmed={{covConfirmed}}"
            + "&bbmdAddress={{bbmdAddress}}&foreignDeviceTtl={{foreignDeviceTtl}}"
            + "&apduTimeout={{apduTimeout}}&apduRetries={{apduRetries}}";

    /**
     * A client on the adapter's port that reads one element of a priority array. It names the same options as the
     * network endpoint: the port's stack is shared, and opened with the options of whichever starts first.
     */
    static final String READ_LEVEL =
            URI.replace("bacnet:network?", "bacnet:client?") + "&operation=readProperty&propertyId=priority-array";

    private BacnetTemplateParameters() {}

    static RouteTemplateDefinition declare(RouteTemplateDefinition template) {
        return template.templateParameter(
                        "name",
                        null,
                        "Adapter name (text, [A-Za-z0-9_-], required): ties the"
                                + " network's objects to this adapter for writes; unique per node.")
                .templateParameter(
                        "localPort",
                        "47808",
                        "Local UDP port (integer). Each BACnet process on a host"
                                + " needs its own; a node beside other BACnet software takes another than 47808.")
                .templateParameter(
                        "bindAddress",
                        "0.0.0.0",
                        "Local address to bind (text); 0.0.0.0 receives" + " broadcasts on every interface.")
                .templateParameter(
                        "broadcastAddress",
                        "255.255.255.255",
                        "Where Who-Is goes (text): the subnet's"
                                + " directed broadcast such as 192.168.1.255, or 127.255.255.255 on loopback.")
                .templateParameter(
                        "broadcastPort", "47808", "UDP port of the devices, which broadcasts go to" + " (integer).")
                .templateParameter("deviceLow", "-1", "Lowest device instance to attach (integer); -1 for all.")
                .templateParameter("deviceHigh", "-1", "Highest device instance to attach (integer); -1 for all.")
                .templateParameter(
                        "whoIsInterval",
                        "60000",
                        "Milliseconds between Who-Is broadcasts that find new"
                                + " devices and have answering devices checked for the bus's commands (integer);"
                                + " 0 asks once at start.")
                .templateParameter(
                        "pollInterval",
                        "10000",
                        "Milliseconds between polls of objects without COV, and"
                                + " between checks that each device still answers (integer).")
                .templateParameter(
                        "covLifetime",
                        "300",
                        "Lifetime of COV subscriptions in seconds, renewed at three"
                                + " quarters of it (integer); 0 subscribes indefinitely.")
                .templateParameter("covConfirmed", "false", "Ask for confirmed COV notifications (boolean).")
                .templateParameter(
                        "bbmdAddress",
                        "",
                        "A BBMD to register with as a foreign device, host:port"
                                + " (text); empty for none. Needed when the devices are on another IP subnet.")
                .templateParameter(
                        "foreignDeviceTtl",
                        "300",
                        "Seconds the foreign device registration lasts," + " renewed at half of it (integer).")
                .templateParameter(
                        "apduTimeout",
                        "3000",
                        "Milliseconds to wait for a device's answer before asking" + " again (integer).")
                .templateParameter(
                        "apduRetries",
                        "3",
                        "How often a request is sent again before the device counts" + " as not answering (integer).")
                .templateParameter(
                        "writable",
                        "true",
                        "Commandable objects (outputs, values with a priority"
                                + " array) are writable on the bus (boolean).");
    }
}
