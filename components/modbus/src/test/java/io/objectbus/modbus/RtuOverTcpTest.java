// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.modbus.model.ModbusReading;
import io.objectbus.modbus.model.ModbusWrite;
import io.objectbus.modbus.sim.DeviceImage;
import io.objectbus.modbus.sim.SimulatedModbusDevice;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/** framing=rtu: RTU frames with CRC over TCP, against digitalpetri's RTU server on a loopback port. */
class RtuOverTcpTest {

    @Test
    void anRtuDeviceBehindATransparentGatewayIsReadAndWritten() throws Exception {
        DeviceImage image = new DeviceImage(20);
        image.holding(4, 0xFFFE);
        Map<String, Object> latest = new ConcurrentHashMap<>();
        try (SimulatedModbusDevice device = new SimulatedModbusDevice(image, "127.0.0.1", 0, true)) {
            device.start();
            CamelContext camel = new DefaultCamelContext();
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("modbus:rtu?framing=rtu&unitId=7&host=127.0.0.1&port=" + device.port()
                                    + "&pollInterval=100&registers=RAW(- {name: offset, table: holding, address: 4,"
                                    + " type: int16, writable: true})")
                            .filter(header(ModbusConstants.EVENT).isEqualTo(ModbusConstants.VALUES))
                            .process(e -> e.getMessage()
                                    .getBody(List.class)
                                    .forEach(r -> latest.put(
                                            ((ModbusReading) r).register().name(), ((ModbusReading) r).value())));
                }
            });
            camel.start();
            try {
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> Long.valueOf(-2).equals(latest.get("offset")));
                camel.createProducerTemplate().sendBody("modbus:rtu", new ModbusWrite("offset", 300, "rtu/offset"));
                assertThat(image.holding(4)).isEqualTo(300);
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> Long.valueOf(300).equals(latest.get("offset")));
            } finally {
                camel.stop();
            }
        }
    }
}
