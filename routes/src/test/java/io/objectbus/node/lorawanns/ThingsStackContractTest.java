// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawanns;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.node.contract.AdapterContractTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The adapter contract of the thingsstack-application kamelet, the peer a simulated The Things Stack integration on the
 * node's broker: the shipped example, with interval and silence cut to seconds so a silent network server shows.
 */
class ThingsStackContractTest extends AdapterContractTest {

    private final SimulatedThingsStack stack = new SimulatedThingsStack();
    private String brokerUri;

    @Override
    protected String adapterFile() {
        try {
            return Files.readString(Path.of("adapters", "thingsstack-example.camel.yaml.disabled"))
                    .replace("interval: 3600", "interval: 2")
                    .replace("silence: 3600", "silence: 2");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    protected void startPeer() {
        // Connects once the node's broker runs: see nodeStarted.
    }

    @Override
    protected void nodeStarted(String brokerUri) throws Exception {
        this.brokerUri = brokerUri;
        stack.connect(brokerUri);
    }

    @Override
    protected void killPeer() throws Exception {
        stack.kill();
    }

    @Override
    protected void restorePeer() throws Exception {
        stack.connect(brokerUri);
    }

    @Override
    protected void stopPeer() throws Exception {
        stack.close();
    }

    @Override
    protected String watchedObject() {
        return "lora-" + SimulatedThingsStack.DEVICE;
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
        return stack.setpoint() == 21.5;
    }

    @Override
    protected Write badWrite() {
        return new Write(watchedObject(), "setpoint", "{\"v\":\"warm\",\"p\":8}");
    }

    @Override
    protected String writeKamelet() {
        return "thingsstack-write";
    }

    @Test
    @Order(6)
    void aDownlinkTheDeviceDoesNotAcknowledgeFailsTheWriteWithTheNetworkServersReason() throws Exception {
        stack.refuse(true);
        try {
            var reply = write(new Write(watchedObject(), "setpoint", "{\"v\":18,\"p\":8}"));
            assertThat(reply.path("status").asText()).as(reply.toString()).isEqualTo("failed");
            assertThat(reply.path("reason").asText()).contains("did not acknowledge");
        } finally {
            stack.refuse(false);
        }
    }
}
