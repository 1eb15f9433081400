// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bacnet;

import io.objectbus.bacnet.sim.SimulatedBacnetDevice;
import io.objectbus.bacnet.stack.StackConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.util.Map;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/** BACnet for tests: UDP ports on loopback chosen at run time (never 47808), simulated devices, adapter routes. */
final class BacnetSite {
    static final String BROADCAST = "127.255.255.255";

    private BacnetSite() {}

    /** A UDP port that was free a moment ago. */
    static int freeUdpPort() {
        try (DatagramSocket socket = new DatagramSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SimulatedBacnetDevice device(int instance) throws IOException {
        int port = freeUdpPort();
        return SimulatedBacnetDevice.start(
                StackConfig.defaults().withLocalPort(port).withBroadcast(BROADCAST, port), instance, 0);
    }

    /**
     * A device whose broadcasts (its I-Am when it restarts) reach an adapter on {@code adapterPort}, as they reach
     * every BACnet port of a real subnet.
     */
    static SimulatedBacnetDevice device(int instance, int adapterPort) throws IOException {
        return SimulatedBacnetDevice.start(
                StackConfig.defaults().withLocalPort(freeUdpPort()).withBroadcast(BROADCAST, adapterPort), instance, 0);
    }

    /** The kamelets' beans and one bacnet-network adapter route per device, with short timeouts. */
    static RouteBuilder adapters(SimulatedBacnetDevice... devices) {
        return adapters(Map.of(), devices);
    }

    /** As {@link #adapters(SimulatedBacnetDevice...)}, with the adapters' ports given by device instance. */
    static RouteBuilder adapters(Map<Integer, Integer> localPorts, SimulatedBacnetDevice... devices) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                BacnetNodeConfiguration.bindBeans(getContext());
                for (SimulatedBacnetDevice device : devices) {
                    int localPort = localPorts.getOrDefault(device.instance(), freeUdpPort());
                    from(network(device, localPort))
                            .routeId("adapter-bacnet-d" + device.instance())
                            .log(LoggingLevel.TRACE, "${header.CamelBacnetEvent}");
                }
            }
        };
    }

    /** The kamelet endpoint of an adapter of the device's network, with short timeouts. */
    static String network(SimulatedBacnetDevice device, int localPort) {
        return "kamelet:bacnet-network?name=d" + device.instance() + "&localPort=" + localPort
                + "&broadcastAddress=" + BROADCAST + "&broadcastPort=" + device.port()
                + "&deviceLow=" + device.instance() + "&deviceHigh=" + device.instance()
                + "&pollInterval=300&covLifetime=60&apduTimeout=300&apduRetries=1";
    }
}
