// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bacnet.server;

import io.objectbus.bacnet.server.DeviceConfig;
import io.objectbus.bacnet.server.LocalDevice;
import io.objectbus.bacnet.stack.BacnetStack;
import io.objectbus.bacnet.stack.StackConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node as a BACnet/IP device: I-Am, ReadProperty(Multiple), WriteProperty and SubscribeCOV on the bus's
 * resources, which a {@link BusLink} mirrors from the node's own broker.
 */
public final class BusBacnetServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BusBacnetServer.class);

    private final ServerSettings settings;
    private BusLink link;
    private BacnetStack stack;
    private LocalDevice device;

    public BusBacnetServer(ServerSettings settings) {
        this.settings = settings;
    }

    public void start() throws Exception {
        BusWrites writes =
                new BusWrites(settings, (topic, payload, correlation) -> link.request(topic, payload, correlation));
        BusPoints points = new BusPoints(settings, writes);
        link = new BusLink(settings, points);
        stack = BacnetStack.open(stackConfig());
        device = new LocalDevice(stack, DeviceConfig.of(settings.deviceInstance(), settings.deviceName()), points);
        link.start();
        device.start();
        LOG.info(
                "BACnet/IP device {} '{}' serves the bus on UDP port {}",
                settings.deviceInstance(),
                settings.deviceName(),
                stack.localPort());
    }

    private StackConfig stackConfig() {
        StackConfig defaults = StackConfig.defaults();
        return new StackConfig(
                settings.bindAddress(),
                settings.port(),
                settings.broadcastAddress(),
                settings.port(),
                null,
                defaults.foreignDeviceTtl(),
                defaults.apduTimeout(),
                defaults.apduRetries(),
                defaults.maxApdu());
    }

    /** The UDP port the device answers on. */
    public int port() {
        return stack.localPort();
    }

    @Override
    public void close() {
        if (device != null) {
            device.close();
        }
        if (stack != null) {
            stack.close();
        }
        if (link != null) {
            link.close();
        }
    }
}
