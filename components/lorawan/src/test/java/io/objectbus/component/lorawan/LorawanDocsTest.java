// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.objectbus.component.lorawan.sim.SimulatedDevice;
import io.objectbus.component.lorawan.sim.SimulatedGateway;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.camel.CamelContext;
import org.apache.camel.component.mock.MockComponent;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

/** docs/components/lorawan.md says what the component is: its tables are the generated metadata, its YAML runs. */
class LorawanDocsTest {

    private static final Set<String> CAMEL_OWN =
            Set.of("bridgeErrorHandler", "exceptionHandler", "exchangePattern", "lazyStartProducer");
    private static final Path PAGE = Path.of("../../docs/components/lorawan.md");

    @Test
    void theOptionsTableIsTheGeneratedMetadata() throws Exception {
        Map<String, String> generated = new TreeMap<>();
        metadata().path("properties").properties().forEach(option -> {
            if (!CAMEL_OWN.contains(option.getKey())) {
                generated.put(
                        option.getKey(),
                        defaultOf(option.getValue()) + " | "
                                + option.getValue().path("group").asText());
            }
        });

        assertThat(table(section("## Options"), 1, 2)).isEqualTo(generated);
    }

    @Test
    void theHeadersTableIsTheGeneratedMetadata() throws Exception {
        Map<String, String> generated = new TreeMap<>();
        metadata()
                .path("headers")
                .properties()
                .forEach(h ->
                        generated.put(h.getKey(), h.getValue().path("javaType").asText()));

        assertThat(table(section("## Headers"), 1, 1)).isEqualTo(generated);
    }

    @Test
    void theYamlExampleRunsAsWrittenAndLogsAnUplink() throws Exception {
        String page = Files.readString(PAGE);
        int start = page.indexOf("```yaml\n") + "```yaml\n".length();
        String yaml = page.substring(start, page.indexOf("```", start)).replace("port: 1700", "port: 0");
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.setAutowiredEnabled(false);
            camel.addComponent("log", new MockComponent());
            camel.start();
            PluginHelper.getRoutesLoader(camel).loadRoutes(ResourceHelper.fromString("site.camel.yaml", yaml));
            int port = ((LorawanConsumer) camel.getRoute("adapter-lorawan-site").getConsumer()).port();
            SimulatedDevice device = SimulatedDevice.abp(
                    "0011223344556677",
                    "26011bda",
                    "44024241ed4ce9a68c6a8bc055233fd3",
                    "ec925802ae430ca77fd3dd73cb2cc588");
            try (SimulatedGateway gateway =
                    new SimulatedGateway("aa555a0000000001", new InetSocketAddress("127.0.0.1", port), 1000)) {
                gateway.hear(device.uplink(1, new byte[] {42}, false), -80, 7.0);
                MockEndpoint log = camel.getEndpoint("log:lorawan-site", MockEndpoint.class);
                await().atMost(Duration.ofSeconds(30)).until(() -> log.getReceivedExchanges().stream()
                        .anyMatch(e -> "uplink".equals(e.getMessage().getHeader(LorawanConstants.EVENT))));
            }
        }
    }

    private static String section(String heading) throws Exception {
        String page = Files.readString(PAGE);
        int start = page.indexOf(heading + "\n");
        int end = page.indexOf("\n## ", start + heading.length());
        return page.substring(start, end < 0 ? page.length() : end);
    }

    private static Map<String, String> table(String section, int from, int to) {
        Map<String, String> rows = new TreeMap<>();
        for (String line : section.split("\n")) {
            if (line.startsWith("| `")) {
                String[] cells = line.substring(2, line.length() - 2).split(" \\| ");
                String name = cells[0].substring(1, cells[0].indexOf('`', 1));
                rows.put(name, String.join(" | ", Arrays.copyOfRange(cells, from, to + 1)));
            }
        }
        return rows;
    }

    private static String defaultOf(JsonNode option) {
        JsonNode value = option.path("defaultValue");
        if (value.isMissingNode()) {
            return "—";
        }
        return value.isNumber() && value.asDouble() == Math.rint(value.asDouble())
                ? String.valueOf(value.asLong())
                : value.asText();
    }

    private static JsonNode metadata() throws Exception {
        try (InputStream json =
                LorawanDocsTest.class.getResourceAsStream("/META-INF/io/objectbus/component/lorawan/lorawan.json")) {
            return new ObjectMapper().readTree(json);
        }
    }
}
