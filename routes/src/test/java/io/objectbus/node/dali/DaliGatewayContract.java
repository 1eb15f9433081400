// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.dali;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.component.dali.frame.DimmingCurve;
import io.objectbus.component.dali.sim.GatewaySimulator;
import io.objectbus.component.dali.sim.SimulatedBus;
import io.objectbus.component.dali.sim.SimulatedGear;
import io.objectbus.node.contract.AdapterContractTest;
import io.objectbus.node.contract.PeerRefusals;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The adapter contract of the dali-bus kamelet through one kind of gateway, simulated on loopback in front of a
 * simulated DALI bus: a lost gateway turns the connection down and the lights stale; garbage from the gateway fails
 * the write with the gateway's words, the link stays; the gear refuses a level outside its MIN/MAX LEVEL.
 */
abstract class DaliGatewayContract extends AdapterContractTest implements PeerRefusals {

    private final SimulatedBus bus = new SimulatedBus(1);
    private final SimulatedGear lamp =
            bus.add(new SimulatedGear(0, 0x10).withLimits(10, 254).withLevel(254));
    private GatewaySimulator server;
    private int port;

    /** The gateway kind of the kamelet's {@code gateway} parameter, e.g. {@code daliserver}. */
    protected abstract String gatewayKind();

    /** The bus object's id, which names its lights and connection. */
    protected abstract String busId();

    /** A gateway of this kind on the port (0: one from the kernel). */
    protected abstract GatewaySimulator gateway(SimulatedBus bus, int port) throws Exception;

    /** What the write fails with while the gateway answers garbage. */
    protected abstract String garbageReason(int port);

    @Override
    protected String adapterFile() {
        return """
                - route:
                    id: adapter-%s
                    from:
                      uri: kamelet:dali-bus
                      parameters:
                        gateway: %s:127.0.0.1:%d
                        busId: %s
                        pollInterval: 1
                        frameGap: 2
                        reconnectDelay: 100
                        maxReconnectDelay: 500
                      steps:
                        - log: "DALI ${body}"
                """
                .formatted(busId(), gatewayKind(), port, busId());
    }

    @Override
    protected void startPeer() throws Exception {
        server = gateway(bus, 0);
        port = server.port();
    }

    @Override
    protected void killPeer() throws Exception {
        server.close();
    }

    @Override
    protected void restorePeer() throws Exception {
        server = gateway(bus, port);
    }

    @Override
    protected void stopPeer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected String watchedObject() {
        return busId() + "-a0";
    }

    @Override
    protected String watchedResource() {
        return "level";
    }

    @Override
    protected String connectionObject() {
        return busId() + "-connection";
    }

    @Override
    protected boolean connectionFollowsPeer() {
        return true;
    }

    @Override
    protected Write goodWrite() {
        return new Write(watchedObject(), "level", "{\"v\":50,\"p\":8}");
    }

    @Override
    protected boolean peerHoldsTheGoodWrite() {
        return lamp.level() == DimmingCurve.arc(50);
    }

    @Override
    protected Write badWrite() {
        return new Write(watchedObject(), "level", "{\"v\":\"bright\",\"p\":8}");
    }

    @Override
    protected String writeKamelet() {
        return "dali-write";
    }

    /** The gateway answers level frames with garbage: the write fails with its words, the link stays up. */
    @Override
    public void refuseWrites() {
        server.answerGarbageToLevels(true);
    }

    @Override
    public void acceptWrites() {
        server.answerGarbageToLevels(false);
    }

    @Override
    public String refusalReason() {
        return garbageReason(port);
    }

    @Override
    public Write refusedWrite() {
        return new Write(watchedObject(), "level", "{\"v\":30,\"p\":8}");
    }

    /** The adapter knows the gear's limits from discovery; a level it cannot show fails with them, nothing sent. */
    @Test
    @Order(6)
    void aLevelBelowTheGearsMinimumFailsWithTheGearsLimits() throws Exception {
        JsonNode reply = write(new Write(watchedObject(), "level", "{\"v\":0.05,\"p\":8}"));
        assertThat(reply.path("status").asText()).as(reply.toString()).isEqualTo("failed");
        assertThat(reply.path("reason").asText())
                .isEqualTo("level 0.05 % is outside what A0 can show: 0.1..100.0 % (MIN LEVEL 10, MAX LEVEL 254), or"
                        + " 0 for off");
        assertThat(bus.log()).noneMatch(frame -> frame.equals("A0 DAPC 1"));
    }
}
