// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bacnet;

import io.objectbus.bacnet.sim.SimulatedBacnetDevice;
import io.objectbus.bacnet.stack.StackConfig;
import java.io.IOException;
import java.time.Duration;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated site's BACnet device: a {@link SimulatedBacnetDevice} on its own UDP port, with moving values. The
 * configuration asks for it, so a port that is taken fails the node's start with the setting that changes it.
 */
final class SimulatedDeviceService extends ServiceSupport {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatedDeviceService.class);

    record Options(int port, int instance, String broadcastAddress, long period) {}

    private final Options options;
    private SimulatedBacnetDevice device;

    SimulatedDeviceService(Options options) {
        this.options = options;
    }

    @Override
    protected void doStart() {
        StackConfig config = StackConfig.defaults()
                .withLocalPort(options.port())
                .withBroadcast(options.broadcastAddress(), options.port());
        try {
            device = SimulatedBacnetDevice.start(config, options.instance(), 0)
                    .moveEvery(Duration.ofMillis(Math.max(100, options.period())));
            LOG.info("Simulated BACnet device {} on UDP port {}", options.instance(), device.port());
        } catch (IOException e) {
            throw new IllegalStateException(String.format(
                    "the simulated BACnet device cannot use UDP port %d (%s); set objectbus.sim.bacnet.port,"
                            + " or objectbus.sim.enabled=false",
                    options.port(), e.getMessage()));
        }
    }

    @Override
    protected void doStop() {
        if (device != null) {
            device.close();
            device = null;
        }
    }

    /** The running device, or null. */
    SimulatedBacnetDevice device() {
        return device;
    }
}
