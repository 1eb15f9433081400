// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.json;

import io.objectbus.node.contract.AdapterContractTest;
import io.objectbus.node.contract.PeerRefusals;
import java.util.Map;

/** The adapter contract of a CoAP device read with GET (coap-device), against a Californium room sensor. */
class CoapDeviceContractTest extends AdapterContractTest implements PeerRefusals {

    private final CoapDevicePeer sensor = new CoapDevicePeer();

    @Override
    protected String adapterFile() {
        return """
                - route:
                    id: adapter-coap-room
                    from:
                      uri: kamelet:coap-device
                      parameters:
                        name: room
                        url: %s
                        interval: 500
                        resources: "temperature, $.t, number, unit=Cel; setpoint, $.setpoint, number, unit=Cel, writable"
                        writeUrl: %s
                        writeMethod: PUT
                        writeBody: "@value@"
                      steps:
                        - log:
                            loggingLevel: TRACE
                            message: "room read"
                """
                .formatted(sensor.url("/env"), sensor.url("/@resource@"));
    }

    @Override
    protected Map<String, String> nodeSettings() {
        return Map.of("camel.component.coap.configuration-file", "classpath:coap/californium.properties");
    }

    @Override
    protected void startPeer() {
        sensor.start();
    }

    @Override
    protected void killPeer() {
        sensor.kill();
    }

    @Override
    protected void restorePeer() {
        sensor.start();
    }

    @Override
    protected void stopPeer() {
        sensor.close();
    }

    @Override
    protected String watchedObject() {
        return "room";
    }

    @Override
    protected String watchedResource() {
        return "temperature";
    }

    @Override
    protected String connectionObject() {
        return "coap-room";
    }

    @Override
    protected boolean connectionFollowsPeer() {
        return true;
    }

    @Override
    protected Write goodWrite() {
        return new Write("room", "setpoint", "{\"v\":22.5,\"p\":8}");
    }

    @Override
    protected boolean peerHoldsTheGoodWrite() {
        return sensor.setpoint() == 22.5;
    }

    @Override
    protected Write badWrite() {
        return new Write("room", "setpoint", "{\"v\":\"warm\",\"p\":8}");
    }

    @Override
    protected String writeKamelet() {
        return "coap-device-write";
    }

    @Override
    public void refuseWrites() {
        sensor.refuseWrites(true);
    }

    @Override
    public void acceptWrites() {
        sensor.refuseWrites(false);
    }

    @Override
    public String refusalReason() {
        return "CoAP 4.03: setpoint locked";
    }

    @Override
    public Write refusedWrite() {
        return new Write("room", "setpoint", "{\"v\":23,\"p\":8}");
    }
}
