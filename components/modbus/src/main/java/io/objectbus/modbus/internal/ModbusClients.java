// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus.internal;

import com.digitalpetri.modbus.client.ModbusClient;
import com.digitalpetri.modbus.client.ModbusRtuClient;
import com.digitalpetri.modbus.client.ModbusTcpClient;
import com.digitalpetri.modbus.tcp.client.NettyClientTransportConfig;
import com.digitalpetri.modbus.tcp.client.NettyRtuClientTransport;
import com.digitalpetri.modbus.tcp.client.NettyTcpClientTransport;
import io.objectbus.modbus.ModbusConfiguration;
import java.time.Duration;
import java.util.function.Consumer;

/** Makes the library's client for an endpoint: Modbus TCP, or RTU frames over the TCP connection. */
final class ModbusClients {

    private ModbusClients() {}

    static ModbusClient create(ModbusConfiguration configuration) {
        Duration timeout = Duration.ofMillis(configuration.getTimeout());
        // The session connects and reconnects itself, so that it can tell the bus connecting, up and down.
        Consumer<NettyClientTransportConfig.Builder> transport = cfg -> {
            cfg.hostname = configuration.getHost();
            cfg.port = configuration.getPort();
            cfg.connectTimeout = timeout;
            cfg.connectPersistent = false;
            cfg.reconnectLazy = true;
        };
        if ("rtu".equals(configuration.getFraming())) {
            return ModbusRtuClient.create(
                    NettyRtuClientTransport.create(transport), cfg -> cfg.requestTimeout = timeout);
        }
        return ModbusTcpClient.create(NettyTcpClientTransport.create(transport), cfg -> cfg.requestTimeout = timeout);
    }
}
