// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawan;

import io.objectbus.component.lorawan.sim.SimulatedDevice;
import io.objectbus.component.lorawan.sim.SimulatedGateway;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated site's LoRaWAN part: a packet forwarder gateway on loopback with two ABP sensors and one OTAA sensor
 * that joins first, all sending Cayenne LPP, towards the node's network server on the port
 * routes/simulator/sim-lorawan.camel.yaml binds. The keys here are the simulation's own.
 */
final class SimulatedLorawanSite extends ServiceSupport {

    static final String NWK_SKEY = "2b7e151628aed2a6abf7158809cf4f3c";
    static final String APP_SKEY = "3c4fcf098815f7aba6d2ae2816157e2b";
    static final String APP_KEY = "000102030405060708090a0b0c0d0e0f";

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedLorawanSite.class);

    private final int port;
    private final long period;
    private final SimulatedDevice climate = SimulatedDevice.abp("70b3d5e75e000001", "26000001", NWK_SKEY, APP_SKEY);
    private final SimulatedDevice air = SimulatedDevice.abp("70b3d5e75e000002", "26000002", NWK_SKEY, APP_SKEY);
    private final SimulatedDevice meter = SimulatedDevice.otaa("70b3d5e75e000003", "70b3d5e75e000000", APP_KEY);
    /** A device waits out both join windows (JOIN_ACCEPT_DELAY2, 6 s) before it asks again. */
    private static final long JOIN_RETRY_NANOS = 7_000_000_000L;

    private SimulatedGateway gateway;
    private ScheduledExecutorService timer;
    private long lastJoin = System.nanoTime() - JOIN_RETRY_NANOS;

    /** @param port the node's network server port, already known to be free */
    SimulatedLorawanSite(int port, long period) {
        this.port = port;
        this.period = period;
    }

    /** A port for the node's network server: the configured one, free, or one the kernel picks for 0. */
    static int claim(int port) {
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress("127.0.0.1", port))) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(String.format(
                    "the simulated LoRaWAN site cannot use UDP port %d (%s); set objectbus.sim.lorawan.port,"
                            + " or objectbus.sim.enabled=false",
                    port, e.getMessage()));
        }
    }

    @Override
    protected void doStart() throws Exception {
        gateway = new SimulatedGateway("b827ebfffe000001", new InetSocketAddress("127.0.0.1", port), 5000);
        List.of(climate, air, meter).forEach(gateway::add);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sim-lorawan");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::send, 1000, Math.max(500, period), TimeUnit.MILLISECONDS);
        LOG.info("Simulated LoRaWAN gateway sending to UDP port {}", port);
    }

    private void send() {
        try {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            gateway.hear(
                    climate.uplink(
                            1,
                            lpp(1, 0x67, (int) (215 + r.nextInt(-10, 11)), 2)
                                    .put((byte) 2)
                                    .put((byte) 0x68)
                                    .put((byte) (90 + r.nextInt(-4, 5)))
                                    .array(),
                            false),
                    -71,
                    8.5);
            gateway.hear(air.uplink(1, lpp(1, 0x7D, 450 + r.nextInt(-50, 51), 2).array(), false), -96, 2.0);
            if (meter.joined()) {
                gateway.hear(
                        meter.uplink(
                                1, lpp(1, 0x80, 1200 + r.nextInt(-100, 101), 2).array(), false),
                        -84,
                        5.5);
            } else if (System.nanoTime() - lastJoin >= JOIN_RETRY_NANOS) {
                lastJoin = System.nanoTime();
                gateway.hear(meter.joinRequest(), -84, 5.5);
            }
        } catch (RuntimeException e) {
            LOG.warn("Simulated LoRaWAN uplink not sent: {}", e.toString());
        }
    }

    /** One LPP record (channel, type, big-endian value) with room for a 3-byte record after it. */
    private static ByteBuffer lpp(int channel, int type, int value, int size) {
        ByteBuffer b = ByteBuffer.allocate(2 + size + (type == 0x67 ? 3 : 0));
        b.put((byte) channel).put((byte) type);
        return size == 2 ? b.putShort((short) value) : b.put((byte) value);
    }

    @Override
    protected void doStop() {
        if (timer != null) {
            timer.shutdownNow();
        }
        if (gateway != null) {
            gateway.close();
        }
    }
}
