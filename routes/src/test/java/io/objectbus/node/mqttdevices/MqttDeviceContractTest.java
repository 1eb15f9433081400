// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.mqttdevices;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.node.contract.AdapterContractTest;
import io.objectbus.node.contract.PeerRefusals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The adapter contract of an MQTT device kamelet, with a simulated device on the node's own broker: the device
 * connects once the node runs; killed, its last will (or its bridge's) turns the connection down and its values
 * stale; back, it is asked for its state or reports it. Garbage on its topic goes to $errors and disturbs nothing.
 */
abstract class MqttDeviceContractTest extends AdapterContractTest implements PeerRefusals {

    private String brokerUri;

    /** The simulated device. */
    abstract SimulatedDevice device();

    /** A topic of the device the adapter reads. */
    abstract String deviceTopic();

    /** A shipped example of {@code routes/adapters/}, as a user copies it: the test proves it works as written. */
    static String example(String file) {
        try {
            return Files.readString(Path.of("adapters", file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void startPeer() {
        // The device connects to the node's broker, which is not there yet: see nodeStarted.
    }

    @Override
    protected void nodeStarted(String brokerUri) throws Exception {
        this.brokerUri = brokerUri;
        device().connect(brokerUri);
    }

    @Override
    protected void killPeer() throws Exception {
        device().kill();
    }

    @Override
    protected void restorePeer() throws Exception {
        device().connect(brokerUri);
    }

    @Override
    protected void stopPeer() throws Exception {
        device().close();
    }

    @Override
    protected boolean connectionFollowsPeer() {
        return true;
    }

    @Override
    public void refuseWrites() {
        device().refuse(true);
    }

    @Override
    public void acceptWrites() {
        device().refuse(false);
    }

    @Test
    @Order(8)
    void garbageOnTheDevicesTopicGoesToErrorsWithThePayloadAndDisturbsNothing() throws Exception {
        int mark = mark();
        device().publish(deviceTopic(), "\u0000\u0001 firmware 99 says {garbage", false);
        String error = awaitAfter(mark, "$errors", "firmware 99 says");
        assertThat(error).contains(deviceTopic());
        assertThat(write(goodWrite()).path("status").asText()).isEqualTo("applied");
        assertThat(watchedValuesAfter(mark)).noneMatch(value -> value.contains("\"q\":\"stale\""));
        assertThat(awaitAfter(0, connectionObject() + "/state")).contains("\"v\":\"up\"");
    }
}
