// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus.sim;

import com.digitalpetri.modbus.server.ModbusRtuServer;
import com.digitalpetri.modbus.server.ModbusServer;
import com.digitalpetri.modbus.server.ModbusTcpServer;
import com.digitalpetri.modbus.tcp.server.NettyRtuServerTransport;
import com.digitalpetri.modbus.tcp.server.NettyServerTransportConfig;
import com.digitalpetri.modbus.tcp.server.NettyTcpServerTransport;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A Modbus TCP device on a loopback port, served by digitalpetri modbus's server from a {@link DeviceImage}: for the
 * node's simulated site and for tests; with {@code rtu}, an RTU device behind a transparent TCP gateway (RTU frames
 * with CRC over the connection). Port 0 takes a free port from the kernel; {@link #port()} tells which, and a stopped
 * device starts again on the same port.
 */
public final class SimulatedModbusDevice implements AutoCloseable {

    private final DeviceImage image;
    private final String host;
    private volatile int port;
    private final boolean rtu;
    private volatile boolean silent;
    private ModbusServer server;

    public SimulatedModbusDevice(DeviceImage image, String host, int port) {
        this(image, host, port, false);
    }

    public SimulatedModbusDevice(DeviceImage image, String host, int port, boolean rtu) {
        this.image = image;
        this.host = host;
        this.port = port;
        this.rtu = rtu;
    }

    public DeviceImage image() {
        return image;
    }

    public int port() {
        return port;
    }

    public synchronized void start() throws Exception {
        if (server != null) {
            return;
        }
        AtomicReference<ChannelHandlerContext> listening = new AtomicReference<>();
        Consumer<NettyServerTransportConfig.Builder> config = cfg -> {
            cfg.bindAddress = host;
            cfg.port = port;
            // The server channel's own handler sees the address it was bound to, port 0 resolved.
            cfg.bootstrapCustomizer = bootstrap -> bootstrap.handler(new ChannelInboundHandlerAdapter() {
                @Override
                public void handlerAdded(ChannelHandlerContext ctx) {
                    listening.set(ctx);
                }
            });
        };
        ImageServices services = new ImageServices(image, () -> silent);
        ModbusServer created = rtu
                ? ModbusRtuServer.create(NettyRtuServerTransport.create(config), services)
                : ModbusTcpServer.create(NettyTcpServerTransport.create(config), services);
        created.start();
        port = ((InetSocketAddress) listening.get().channel().localAddress()).getPort();
        server = created;
    }

    /** Stops listening and drops its connections, as a device switched off. */
    public synchronized void stop() throws Exception {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** A silent device keeps its connections and answers nothing, as an RTU device behind a gateway that is off. */
    public void silent(boolean silent) {
        this.silent = silent;
    }

    @Override
    public void close() throws Exception {
        silent = false;
        stop();
    }
}
