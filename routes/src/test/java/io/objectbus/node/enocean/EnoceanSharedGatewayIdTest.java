// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.enocean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.component.BusFixture;
import io.objectbus.component.WriteClient;
import io.objectbus.component.enocean.sim.DefaultSite;
import io.objectbus.component.enocean.sim.GatewaySimulator;
import io.objectbus.component.enocean.sim.SwitchActuator;
import io.objectbus.transforms.enocean.DeviceFile;
import io.objectbus.transforms.enocean.EnoceanDevice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two gateways given the same gateway id, and so the same device file: the second is refused, and touches nothing of
 * the first's devices, their sender offsets included.
 */
class EnoceanSharedGatewayIdTest {

    private static final String TAUGHT_IN = "0194BBBB";

    private GatewaySimulator first;
    private GatewaySimulator second;
    private BusFixture node;
    private Path deviceFile;

    @BeforeEach
    void start() throws Exception {
        first = DefaultSite.start(0, 0);
        second = DefaultSite.start(0, 0);
        deviceFile = Files.createDirectories(Path.of("target", "test-data"))
                .resolve("shared-id-" + System.nanoTime())
                .resolve("enocean-devices.json");
        node = BusFixture.start("shared", c -> {});
        add(gateway("adapter-enocean-first", first, "01940005, D2-01-12, name=Office lights"));
        await().until(() -> first.clients() == 1);
    }

    @AfterEach
    void stop() throws Exception {
        node.close();
        first.close();
        second.close();
    }

    @Test
    void theRefusedGatewayLeavesTheOthersDeviceFileAsItWasThroughARestart() throws Exception {
        teachIn(new SwitchActuator(0x0194BBBB, 2));
        Map<String, Integer> offsets = offsets();
        assertThat(offsets).containsKeys("01940005", TAUGHT_IN);
        String before = Files.readString(deviceFile);

        RouteBuilder refused = gateway("adapter-enocean-second", second, "01947777, D2-01-12, name=Hall lights");
        assertThatThrownBy(() -> add(refused))
                .hasStackTraceContaining("two EnOcean gateways have the id enocean-gateway");
        assertThat(Files.readString(deviceFile)).isEqualTo(before);

        node.stopNode();
        node.startNode();
        add(gateway("adapter-enocean-first", first, "01940005, D2-01-12, name=Office lights"));
        assertThatThrownBy(() -> add(refused))
                .hasStackTraceContaining("two EnOcean gateways have the id enocean-gateway");
        await().until(() -> node.bus().knows("enocean-0194bbbb"));
        assertThat(offsets()).isEqualTo(offsets);
        assertThat(node.bus().knows("enocean-01947777")).isFalse();
    }

    /** Teaches an actuator in on the first gateway, which gives it a sender offset. */
    private void teachIn(SwitchActuator actuator) throws Exception {
        try (WriteClient writer = new WriteClient(node.url(), "learn-" + System.nanoTime())) {
            JsonNode reply = writer.write(node.topic("enocean-gateway/learn-mode/$set"), "{\"v\":true,\"p\":8}");
            assertThat(reply.get("status").asText()).isEqualTo("applied");
        }
        first.add(actuator);
        first.emit(actuator.teachIn().orElseThrow());
        await().atMost(Duration.ofSeconds(30)).until(() -> offsets().containsKey(TAUGHT_IN));
    }

    private Map<String, Integer> offsets() {
        return new DeviceFile(deviceFile)
                .load().stream()
                        .filter(d -> d.senderOffset() != null)
                        .collect(Collectors.toMap(EnoceanDevice::sender, EnoceanDevice::senderOffset));
    }

    /** An enocean-gateway route with the default gateway id, on this device file. */
    private RouteBuilder gateway(String routeId, GatewaySimulator gateway, String devices) {
        return EnoceanSite.instance(
                routeId,
                Map.of(
                        "gateway",
                        "tcp:127.0.0.1:" + gateway.port(),
                        "reconnectDelay",
                        "50",
                        "deviceFile",
                        deviceFile.toString(),
                        "devices",
                        devices));
    }

    private void add(RouteBuilder instance) throws Exception {
        node.camel.addRoutes(instance);
    }
}
