// SPDX-License-Identifier: Apache-2.0
package io.objectbus.northbound.bacnet;

import io.objectbus.bacnet.server.DeviceConfig;
import io.objectbus.bacnet.server.LocalDevice;
import io.objectbus.bacnet.stack.BacnetStack;
import io.objectbus.bacnet.stack.StackConfig;
import io.objectbus.bus.BusView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node as a BACnet/IP device: I-Am, ReadProperty(Multiple), WriteProperty and SubscribeCOV on the bus's
 * resources, which it watches in-VM through a {@link BusView}.
 */
public final class BusBacnetServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BusBacnetServer.class);

    private final ServerSettings settings;
    private final BusView view;
    private BusView.Watch watch;
    private BacnetStack stack;
    private LocalDevice device;

    public BusBacnetServer(ServerSettings settings, BusView view) {
        this.settings = settings;
        this.view = view;
    }

    public void start() throws Exception {
        stack = BacnetStack.open(stackConfig());
        BusPoints points = new BusPoints(settings, new BusWrites(settings, view), stack::executeInOrder);
        device = new LocalDevice(stack, deviceConfig(), points);
        watch = view.watch(BusView.Selection.node(settings.node()), points);
        device.start();
        LOG.info(
                "BACnet/IP device {} '{}' serves the bus on UDP port {}",
                settings.deviceInstance(),
                settings.deviceName(),
                stack.localPort());
    }

    private DeviceConfig deviceConfig() {
        DeviceConfig defaults = DeviceConfig.of(settings.deviceInstance(), settings.deviceName());
        return new DeviceConfig(
                defaults.instance(), defaults.name(), settings.vendorId(), defaults.vendorName(), defaults.modelName());
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
        if (watch != null) {
            watch.close();
        }
        if (device != null) {
            device.close();
        }
        if (stack != null) {
            stack.close();
        }
    }
}
