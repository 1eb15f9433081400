// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.dali;

import io.objectbus.component.dali.sim.GatewaySimulator;
import io.objectbus.component.dali.sim.LunatoneGatewaySimulator;
import io.objectbus.component.dali.sim.SimulatedBus;

/**
 * The adapter contract of the dali-bus kamelet through a Lunatone DALI-2 IoT gateway: a simulated DALI bus behind a
 * gateway on loopback speaking its REST /info and WebSocket frame messages ({@link LunatoneGatewaySimulator}).
 */
class DaliLunatoneContractTest extends DaliGatewayContract {

    @Override
    protected String gatewayKind() {
        return "lunatone";
    }

    @Override
    protected String busId() {
        return "dali-luna";
    }

    @Override
    protected GatewaySimulator gateway(SimulatedBus bus, int port) throws Exception {
        return new LunatoneGatewaySimulator(bus, port);
    }

    @Override
    protected String garbageReason(int port) {
        return "Lunatone 127.0.0.1:" + port + ": gateway sent '}{ not json': not JSON";
    }
}
