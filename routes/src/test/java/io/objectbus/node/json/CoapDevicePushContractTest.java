// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.json;

import io.objectbus.node.contract.AdapterContractTest;
import io.objectbus.node.contract.PeerRefusals;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.util.Map;

/**
 * The adapter contract of a CoAP device that posts to the node (coap-device-push), against a room sensor that posts
 * with Californium's client and takes writes on its own Californium server.
 */
class CoapDevicePushContractTest extends AdapterContractTest implements PeerRefusals {

    private static final String TOKEN = "room-7-token";

    /** The node's CoAP port: a UDP port the kernel gave out and that is free again. */
    private final int nodePort = freeUdpPort();

    private final CoapPostingDevice sensor =
            new CoapPostingDevice(() -> "coap://127.0.0.1:" + nodePort + "/devices/room?token=" + TOKEN);

    @Override
    protected String adapterFile() {
        return """
                - route:
                    id: adapter-coap-room
                    from:
                      uri: kamelet:coap-device-push
                      parameters:
                        name: room
                        token: %s
                        interval: 2000
                        resources: "temperature, $.t, number, unit=Cel; setpoint, $.setpoint, number, unit=Cel, writable"
                        writeUrl: %s
                        writeMethod: PUT
                        writeBody: "@value@"
                      steps:
                        - log:
                            loggingLevel: TRACE
                            message: "room posted"
                """
                .formatted(TOKEN, sensor.server().url("/@resource@"));
    }

    @Override
    protected Map<String, String> nodeSettings() {
        return Map.of(
                "camel.component.coap.configuration-file",
                "classpath:coap/californium.properties",
                "objectbus.coap.port",
                String.valueOf(nodePort));
    }

    private static int freeUdpPort() {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
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

    /** The connection is the node's listening for the device: a silent device shows on its values. */
    @Override
    protected boolean connectionFollowsPeer() {
        return false;
    }

    @Override
    protected Write goodWrite() {
        return new Write("room", "setpoint", "{\"v\":22.5,\"p\":8}");
    }

    @Override
    protected boolean peerHoldsTheGoodWrite() {
        return sensor.server().setpoint() == 22.5;
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
        sensor.server().refuseWrites(true);
    }

    @Override
    public void acceptWrites() {
        sensor.server().refuseWrites(false);
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
