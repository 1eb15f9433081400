// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.enocean;

import static org.awaitility.Awaitility.await;

import io.objectbus.component.enocean.sim.DefaultSite;
import io.objectbus.component.enocean.sim.GatewaySimulator;
import io.objectbus.component.enocean.sim.SwitchActuator;
import io.objectbus.node.contract.AdapterContractTest;
import io.objectbus.node.contract.PeerRefusals;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;

/**
 * The adapter contract of the enocean-gateway kamelet, with the simulated gateway of the default site over TCP on
 * loopback. Its connection is the one to that gateway: the gateway going turns the connection down and the values
 * stale, its return (a new gateway on the same port) brings both back. A gateway can refuse to send a telegram (its
 * RESPONSE is not RET_OK): the write fails with that answer.
 */
class EnoceanContractTest extends AdapterContractTest implements PeerRefusals {
    private static final long PERIOD_MILLIS = 300;
    private static final String LIGHTS = "enocean-01940005";

    private GatewaySimulator gateway;
    private int port;
    private Socket portHolder;

    @Override
    protected String adapterFile() {
        return """
                - route:
                    id: adapter-enocean-contract
                    from:
                      uri: kamelet:enocean-gateway
                      parameters:
                        gateway: "tcp:127.0.0.1:%d"
                        gatewayId: enocean-contract
                        devices: "01810002, A5-04-01, name=Office climate; 01940005, D2-01-12, name=Office lights"
                        reconnectDelay: 50
                        maxReconnectDelay: 500
                        confirmTimeout: 2000
                      steps:
                        - log: "EnOcean ${body}"
                """
                .formatted(port);
    }

    @Override
    protected void startPeer() throws Exception {
        gateway = DefaultSite.start(0, PERIOD_MILLIS);
        port = gateway.port();
    }

    /**
     * The gateway gone, its port held by a bound socket that does not listen: connects are refused as after a power
     * cut, and nothing else on the machine takes the port meanwhile.
     */
    @Override
    protected void killPeer() {
        gateway.close();
        // The port is taken until the gateway's side of its connections has closed.
        portHolder = await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(this::holdPort, Objects::nonNull);
    }

    private Socket holdPort() throws IOException {
        Socket holder = new Socket();
        try {
            holder.setReuseAddress(true);
            holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return holder;
        } catch (IOException e) {
            holder.close();
            throw e;
        }
    }

    /** A gateway on the same port again, as after a power cut of its relay: its devices report as before. */
    @Override
    protected void restorePeer() throws Exception {
        portHolder.close();
        gateway = DefaultSite.start(port, PERIOD_MILLIS);
    }

    @Override
    protected void stopPeer() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Override
    protected String watchedObject() {
        return "enocean-01810002";
    }

    @Override
    protected String watchedResource() {
        return "temperature";
    }

    @Override
    protected String connectionObject() {
        return "enocean-contract-connection";
    }

    @Override
    protected boolean connectionFollowsPeer() {
        return true;
    }

    @Override
    protected Write goodWrite() {
        return new Write(LIGHTS, "output1", "{\"v\":40,\"p\":8}");
    }

    @Override
    protected boolean peerHoldsTheGoodWrite() {
        return lights().output(1) == 40;
    }

    @Override
    protected Write badWrite() {
        return new Write(LIGHTS, "output1", "{\"v\":\"bright\",\"p\":8}");
    }

    @Override
    protected String writeKamelet() {
        return "enocean-write";
    }

    @Override
    public void refuseWrites() {
        gateway.faults().refuseTelegrams(true);
    }

    @Override
    public void acceptWrites() {
        gateway.faults().refuseTelegrams(false);
    }

    @Override
    public String refusalReason() {
        return "gateway answered RET_ERROR (0x1) to a radio telegram";
    }

    @Override
    public Write refusedWrite() {
        return new Write(LIGHTS, "output1", "{\"v\":60,\"p\":8}");
    }

    private SwitchActuator lights() {
        return (SwitchActuator) gateway.devices().get(4);
    }
}
