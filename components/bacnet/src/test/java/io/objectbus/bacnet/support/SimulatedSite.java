// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.support;

import io.objectbus.bacnet.client.BacnetClient;
import io.objectbus.bacnet.model.BacnetAddress;
import io.objectbus.bacnet.sim.SimulatedBacnetDevice;
import io.objectbus.bacnet.stack.BacnetStack;
import io.objectbus.bacnet.stack.StackConfig;
import java.io.IOException;

/** A simulated device and a client, each on its own loopback port, as tests use them. */
public final class SimulatedSite implements AutoCloseable {
    public final SimulatedBacnetDevice device;
    public final BacnetStack clientStack;
    public final BacnetClient client;
    public final BacnetAddress deviceAddress;

    private SimulatedSite(SimulatedBacnetDevice device, BacnetStack clientStack) {
        this.device = device;
        this.clientStack = clientStack;
        this.client = clientStack.client();
        this.deviceAddress = TestNetwork.loopback(device.port());
    }

    public static SimulatedSite start(int instance) throws IOException {
        return start(TestNetwork.deviceConfig(), instance, 0);
    }

    public static SimulatedSite start(StackConfig deviceConfig, int instance, int extraObjects) throws IOException {
        SimulatedBacnetDevice device = SimulatedBacnetDevice.start(deviceConfig, instance, extraObjects);
        return new SimulatedSite(device, BacnetStack.open(TestNetwork.clientConfig(device.port())));
    }

    @Override
    public void close() {
        client.close();
        clientStack.close();
        device.close();
    }
}
