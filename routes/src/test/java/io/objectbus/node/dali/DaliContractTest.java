// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.dali;

import io.objectbus.component.dali.sim.DaliServerSimulator;
import io.objectbus.component.dali.sim.GatewaySimulator;
import io.objectbus.component.dali.sim.SimulatedBus;

/** The adapter contract of the dali-bus kamelet with a simulated DALI bus behind a daliserver on loopback. */
class DaliContractTest extends DaliGatewayContract {

    @Override
    protected String gatewayKind() {
        return "daliserver";
    }

    @Override
    protected String busId() {
        return "dali-contract";
    }

    @Override
    protected GatewaySimulator gateway(SimulatedBus bus, int port) throws Exception {
        return new DaliServerSimulator(bus, port);
    }

    @Override
    protected String garbageReason(int port) {
        return "daliserver 127.0.0.1:" + port
                + ": gateway answered 7f 42 13 37, not a daliserver response of version 2";
    }
}
