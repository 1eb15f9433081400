// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.json;

import io.objectbus.node.contract.AdapterContractTest;
import io.objectbus.node.contract.PeerRefusals;

/** The adapter contract of an HTTP device polled for JSON (http-device-pull), against a boiler's HTTP API. */
class HttpDeviceContractTest extends AdapterContractTest implements PeerRefusals {

    private final HttpDevicePeer boiler = new HttpDevicePeer();

    @Override
    protected String adapterFile() {
        return """
                - route:
                    id: adapter-http-boiler
                    from:
                      uri: kamelet:http-device-pull
                      parameters:
                        name: boiler
                        url: %s
                        interval: 500
                        timeout: 2000
                        resources: "flow, $.flow.t, number, unit=Cel; setpoint, $.setpoint, number, unit=Cel, writable"
                        writeUrl: %s
                        writeMethod: PUT
                        writeBody: '{"@resource@": @value@}'
                      steps:
                        - log:
                            loggingLevel: TRACE
                            message: "boiler polled"
                """
                .formatted(boiler.url("/status"), boiler.url("/@resource@"));
    }

    @Override
    protected void startPeer() throws Exception {
        boiler.start();
    }

    @Override
    protected void killPeer() {
        boiler.kill();
    }

    @Override
    protected void restorePeer() throws Exception {
        boiler.start();
    }

    @Override
    protected void stopPeer() {
        boiler.close();
    }

    @Override
    protected String watchedObject() {
        return "boiler";
    }

    @Override
    protected String watchedResource() {
        return "flow";
    }

    @Override
    protected String connectionObject() {
        return "http-boiler";
    }

    @Override
    protected boolean connectionFollowsPeer() {
        return true;
    }

    @Override
    protected Write goodWrite() {
        return new Write("boiler", "setpoint", "{\"v\":55.5,\"p\":8}");
    }

    @Override
    protected boolean peerHoldsTheGoodWrite() {
        return boiler.setpoint() == 55.5 && "PUT {\"setpoint\": 55.5}".equals(boiler.lastWrite());
    }

    @Override
    protected Write badWrite() {
        return new Write("boiler", "setpoint", "{\"v\":\"warm\",\"p\":8}");
    }

    @Override
    protected String writeKamelet() {
        return "http-device-write";
    }

    @Override
    public void refuseWrites() {
        boiler.refuseWrites(true);
    }

    @Override
    public void acceptWrites() {
        boiler.refuseWrites(false);
    }

    @Override
    public String refusalReason() {
        return "HTTP 409 Conflict: setpoint locked by the service menu";
    }

    @Override
    public Write refusedWrite() {
        return new Write("boiler", "setpoint", "{\"v\":58,\"p\":8}");
    }
}
