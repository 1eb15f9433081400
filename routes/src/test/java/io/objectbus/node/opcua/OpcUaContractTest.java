// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.opcua;

import io.objectbus.node.contract.AdapterContractTest;
import io.objectbus.opcua.support.TestServer;
import io.objectbus.testing.FreePorts;

/**
 * The adapter contract of the opcua-source kamelet, with a Milo server in this JVM. Its connection is the session to
 * that server: the server going turns the connection down and the values stale, its return brings both back.
 */
class OpcUaContractTest extends AdapterContractTest {
    private TestServer server;

    @Override
    protected String adapterFile() {
        return """
                - route:
                    id: adapter-opcua-contract
                    from:
                      uri: kamelet:opcua-source
                      parameters:
                        name: contract
                        endpointUrl: "%s"
                        roots: "%s"
                        writable: true
                        samplingInterval: 100
                        publishingInterval: 100
                        reconnectDelay: 200
                        reconnectMaxDelay: 1000
                        certificateDir: target/opcua-client
                      steps:
                        - log: "OPC UA ${header.OpcUaEvent}"
                """
                .formatted(server.url(), TestServer.PLANT_ROOT);
    }

    @Override
    protected void startPeer() throws Exception {
        server = TestServer.start(FreePorts.next(), false);
    }

    @Override
    protected void killPeer() throws Exception {
        server.stopServer();
    }

    @Override
    protected void restorePeer() throws Exception {
        server.startServer();
    }

    @Override
    protected void stopPeer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected String watchedObject() {
        return "contract-Boiler1";
    }

    @Override
    protected String watchedResource() {
        return "Temperature";
    }

    @Override
    protected String connectionObject() {
        return "opcua-contract";
    }

    @Override
    protected boolean connectionFollowsPeer() {
        return true;
    }

    @Override
    protected Write goodWrite() {
        return new Write(watchedObject(), "Setpoint", "{\"v\":55.5,\"p\":8}");
    }

    @Override
    protected boolean peerHoldsTheGoodWrite() {
        return Double.valueOf(55.5).equals(server.plant().value("Setpoint"));
    }

    @Override
    protected Write badWrite() {
        return new Write(watchedObject(), "Setpoint", "{\"v\":\"hot\",\"p\":8}");
    }

    @Override
    protected String writeKamelet() {
        return "opcua-write";
    }
}
