// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawanns;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.node.contract.AdapterContractTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The adapter contract of a network-server kamelet, the peer a simulated integration of that network server on the
 * node's broker: the shipped example, with interval and silence cut to seconds so a silent network server shows.
 */
abstract class NetworkServerContractTest extends AdapterContractTest {

    private final SimulatedNetworkServer server;
    private final String example;
    private final String writeKamelet;
    private String brokerUri;

    /** {@code example}: the shipped example in adapters/; {@code writeKamelet}: the kamelet its describe names. */
    NetworkServerContractTest(SimulatedNetworkServer server, String example, String writeKamelet) {
        this.server = server;
        this.example = example;
        this.writeKamelet = writeKamelet;
    }

    @Override
    protected String adapterFile() {
        try {
            return Files.readString(Path.of("adapters", example))
                    .replace("interval: 3600", "interval: 2")
                    .replace("silence: 3600", "silence: 2");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void startPeer() {
        // Connects once the node's broker runs: see nodeStarted.
    }

    @Override
    protected void nodeStarted(String brokerUri) throws Exception {
        this.brokerUri = brokerUri;
        server.connect(brokerUri);
    }

    @Override
    protected void killPeer() throws Exception {
        server.kill();
    }

    @Override
    protected void restorePeer() throws Exception {
        server.connect(brokerUri);
    }

    @Override
    protected void stopPeer() throws Exception {
        server.close();
    }

    @Override
    protected String watchedObject() {
        return server.object();
    }

    @Override
    protected String watchedResource() {
        return "temperature";
    }

    @Override
    protected String connectionObject() {
        return "field-sensors-connection";
    }

    @Override
    protected boolean connectionFollowsPeer() {
        return true;
    }

    @Override
    protected Write goodWrite() {
        return new Write(watchedObject(), "setpoint", "{\"v\":21.5,\"p\":8}");
    }

    @Override
    protected boolean peerHoldsTheGoodWrite() {
        return server.setpoint() == 21.5;
    }

    @Override
    protected Write badWrite() {
        return new Write(watchedObject(), "setpoint", "{\"v\":\"warm\",\"p\":8}");
    }

    @Override
    protected String writeKamelet() {
        return writeKamelet;
    }

    @Test
    @Order(6)
    void aDownlinkTheDeviceDoesNotAcknowledgeFailsTheWriteWithTheNetworkServersReason() throws Exception {
        server.refuse(true);
        try {
            var reply = write(new Write(watchedObject(), "setpoint", "{\"v\":18,\"p\":8}"));
            assertThat(reply.path("status").asText()).as(reply.toString()).isEqualTo("failed");
            assertThat(reply.path("reason").asText()).contains("did not acknowledge");
        } finally {
            server.refuse(false);
        }
    }
}
