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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The component against digitalpetri's Modbus TCP server on a loopback port, over real sockets. */
class ModbusDeviceTest {

    // One flow mapping per line, as in an adapter file: the newlines do not reach the endpoint.
    private static final String MAP =
            """
            - {name: temperature, table: input, address: 0, type: int16}
            - {name: flow, table: input, address: 2, type: float32}
            - {name: beyond, table: input, address: 60}
            - {name: setpoint, table: holding, address: 10, type: float32, writable: true}
            - {name: pump, table: coil, address: 3, writable: true}
            - {name: alarm, table: discrete, address: 0}
            """;

    private final DeviceImage image = new DeviceImage(50);
    private SimulatedModbusDevice device;
    private CamelContext camel;
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final Map<String, ModbusReading> latest = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws Exception {
        device = new SimulatedModbusDevice(image, "127.0.0.1", 0);
        device.start();
        camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("modbus:io?host=127.0.0.1&port=" + device.port()
                                + "&pollInterval=100&timeout=500&reconnectDelay=100&registers=RAW(" + MAP + ")")
                        .routeId("modbus-io")
                        .process(e -> record(e.getMessage().getHeader(ModbusConstants.EVENT, String.class), e));
            }
        });
        camel.start();
    }

    @SuppressWarnings("unchecked")
    private void record(String event, org.apache.camel.Exchange exchange) {
        events.add(event);
        if (ModbusConstants.VALUES.equals(event)) {
            exchange.getMessage().getBody(List.class).forEach(r -> {
                ModbusReading reading = (ModbusReading) r;
                latest.put(reading.register().name(), reading);
            });
        }
    }

    @AfterEach
    void stop() throws Exception {
        camel.stop();
        device.close();
    }

    private Object value(String name) {
        ModbusReading reading = latest.get(name);
        return reading == null ? null : reading.value();
    }

    @Test
    void registersThatChangeOnTheDeviceAreReadAtTheNextPoll() {
        image.input(0, -125);
        image.float32(false, 2, 12.5f);
        image.discrete(0, true);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(value("temperature")).isEqualTo(-125L);
            assertThat(value("flow")).isEqualTo(12.5);
            assertThat(value("alarm")).isEqualTo(true);
        });
        image.input(0, 230);
        await().atMost(Duration.ofSeconds(30)).until(() -> Long.valueOf(230).equals(value("temperature")));
        assertThat(events).startsWith("connecting", "up", "values");
    }

    @Test
    void anEntryBeyondTheDevicesTablesFailsAloneWithIllegalDataAddress() {
        image.input(0, 7);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(latest.get("beyond")).isNotNull();
            assertThat(latest.get("beyond").error()).isEqualTo("ILLEGAL_DATA_ADDRESS (2)");
            assertThat(value("temperature")).isEqualTo(7L);
        });
        image.input(0, 8);
        await().atMost(Duration.ofSeconds(30)).until(() -> Long.valueOf(8).equals(value("temperature")));
    }

    @Test
    void writesReachTheDeviceAndARefusedOneFailsWithTheExceptionsName() {
        await().atMost(Duration.ofSeconds(30)).until(() -> events.contains("up"));
        var producer = camel.createProducerTemplate();
        producer.sendBody("modbus:io", new ModbusWrite("setpoint", 21.5, "io/setpoint"));
        producer.sendBody("modbus:io", new ModbusWrite("pump", true, "io/pump"));
        assertThat(Float.intBitsToFloat((image.holding(10) << 16) | image.holding(11)))
                .isEqualTo(21.5f);
        assertThat(image.coil(3)).isTrue();
        image.refusedWrites().add(10);
        var refused = producer.send("modbus:io", e -> e.getMessage().setBody(new ModbusWrite("setpoint", 30, "io/sp")));
        assertThat(refused.getException()).isInstanceOf(ModbusWriteException.class);
        assertThat(refused.getException().getMessage()).contains("ILLEGAL_DATA_VALUE (3)");
    }

    @Test
    void aWriteTheDeviceDoesNotAnswerEndsWithATimeout() {
        await().atMost(Duration.ofSeconds(30)).until(() -> events.contains("up"));
        device.silent(true);
        var silent = camel.createProducerTemplate()
                .send("modbus:io", e -> e.getMessage().setBody(new ModbusWrite("pump", false, "io/pump")));
        assertThat(silent.getException()).isInstanceOf(TimeoutException.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> events.contains("lost"));
    }

    @Test
    void aDeviceThatGoesAwayIsLostAndUpAgainWhenItComesBack() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> events.contains("up"));
        device.stop();
        await().atMost(Duration.ofSeconds(30)).until(() -> events.contains("lost"));
        events.clear();
        device.start();
        image.input(0, 99);
        await().atMost(Duration.ofSeconds(30)).until(() -> events.contains("up"));
        await().atMost(Duration.ofSeconds(30)).until(() -> Long.valueOf(99).equals(value("temperature")));
    }

    @Test
    void aWriteOfAnEntryThatIsNotWritableIsRefusedBeforeTheDevice() {
        await().atMost(Duration.ofSeconds(30)).until(() -> events.contains("up"));
        var refused = camel.createProducerTemplate()
                .send("modbus:io", e -> e.getMessage().setBody(new ModbusWrite("alarm", true, "io/alarm")));
        assertThat(refused.getException()).hasMessageContaining("not writable");
    }
}
