// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.enocean;

import io.objectbus.component.BusFixture;
import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.frame.Esp3Packet;
import io.objectbus.component.enocean.frame.FrameException;
import io.objectbus.component.enocean.frame.PacketType;
import io.objectbus.component.enocean.sim.DefaultSite;
import io.objectbus.component.enocean.sim.GatewaySimulator;
import io.objectbus.testing.FreePorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * A node in the test JVM with one route of the {@code enocean-gateway} kamelet attached to a simulated TCP
 * gateway (the default site's devices, base ID FF8A5600) on a free loopback port.
 */
final class EnoceanSite implements AutoCloseable {

    static final String ROUTE_ID = "adapter-enocean-test";

    final GatewaySimulator gateway;
    final BusFixture node;
    final Path deviceFile;
    private final Map<String, String> parameters;

    private EnoceanSite(GatewaySimulator gateway, BusFixture node, Path deviceFile, Map<String, String> parameters) {
        this.gateway = gateway;
        this.node = node;
        this.deviceFile = deviceFile;
        this.parameters = parameters;
    }

    /** Starts the simulated gateway and a node with the template instantiated with these parameters. */
    static EnoceanSite start(String node, Map<String, String> parameters) throws Exception {
        // Below the ephemeral range: a test that starts the gateway again on its port after a close must find it free,
        // and the adapter's reconnecting socket, given an ephemeral port, could otherwise take it (or connect to
        // itself).
        GatewaySimulator gateway = DefaultSite.start(FreePorts.next(), 0);
        Path dir = Files.createDirectories(Path.of("target", "test-data")).resolve(node + "-" + System.nanoTime());
        Path deviceFile = dir.resolve("enocean-devices.json");
        Map<String, String> all = new LinkedHashMap<>();
        all.put("gateway", "tcp:127.0.0.1:" + gateway.port());
        all.put("reconnectDelay", "50");
        all.put("maxReconnectDelay", "500");
        all.put("deviceFile", deviceFile.toString());
        all.putAll(parameters);
        RouteBuilder instance = instance(all);
        BusFixture fixture = BusFixture.start(node, c -> {}, instance);
        return new EnoceanSite(gateway, fixture, deviceFile, all);
    }

    /** Stops the node (broker and Camel) and starts it again on the same data, with other parameters if given. */
    void restart(Map<String, String> changed) throws Exception {
        node.stopNode();
        parameters.putAll(changed);
        RouteBuilder instance = instance(parameters);
        node.startNode(instance);
    }

    /** A route file's route: the kamelet with these parameters. */
    static RouteBuilder instance(String routeId, Map<String, String> parameters) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(kamelet(parameters)).routeId(routeId).log(LoggingLevel.TRACE, "EnOcean ${body}");
            }
        };
    }

    private static RouteBuilder instance(Map<String, String> parameters) {
        return instance(ROUTE_ID, parameters);
    }

    static String kamelet(Map<String, String> parameters) {
        StringJoiner query = new StringJoiner("&", "kamelet:enocean-gateway?", "");
        // One device a line reads as one line in a URI: devices are separated by ';' there.
        parameters.forEach(
                (name, value) -> query.add(name + "=RAW(" + value.strip().replace("\n", ";") + ")"));
        return query.toString();
    }

    /** The radio telegrams the node sent through the gateway, in order. */
    List<Erp1Telegram> sent() {
        List<Erp1Telegram> telegrams = new ArrayList<>();
        for (Esp3Packet packet : gateway.received()) {
            if (packet.is(PacketType.RADIO_ERP1)) {
                try {
                    telegrams.add(Erp1Telegram.Serializer.decode(packet));
                } catch (FrameException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return telegrams;
    }

    String topic(String rest) {
        return node.topic(rest);
    }

    String url() {
        return node.url();
    }

    @Override
    public void close() throws Exception {
        node.close();
        gateway.close();
    }
}
