// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.objectbus.opcua.model.UaAddressSpace;
import io.objectbus.opcua.support.PlantNamespace;
import io.objectbus.opcua.support.TestServer;
import io.objectbus.testing.FreePorts;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

/** docs/components/opcua.md says what the component is: its tables are the generated metadata, its YAML runs. */
class OpcUaDocsTest {

    /** Options every Camel consumer or producer has; Camel documents them, the page names them in a sentence. */
    private static final Set<String> CAMEL_OWN =
            Set.of("bridgeErrorHandler", "exceptionHandler", "exchangePattern", "lazyStartProducer");

    private static final Path PAGE = Path.of("../../docs/components/opcua.md");

    @Test
    void theOptionsTableIsTheGeneratedMetadata() throws Exception {
        Map<String, String> documented = table(section("## Options"), 1, 2);
        Map<String, String> generated = new TreeMap<>();
        metadata().path("properties").properties().forEach(option -> {
            if (!CAMEL_OWN.contains(option.getKey())) {
                JsonNode value = option.getValue();
                generated.put(
                        option.getKey(),
                        defaultOf(value) + " | " + value.path("group").asText());
            }
        });

        assertThat(documented).isEqualTo(generated);
    }

    @Test
    void theHeadersTableIsTheGeneratedMetadata() throws Exception {
        Map<String, String> documented = table(section("## Headers"), 1, 1);
        Map<String, String> generated = new TreeMap<>();
        metadata()
                .path("headers")
                .properties()
                .forEach(header -> generated.put(
                        header.getKey(), header.getValue().path("javaType").asText()));

        assertThat(documented).isEqualTo(generated);
    }

    @Test
    void theYamlExampleRunsAsWritten() throws Exception {
        String page = Files.readString(PAGE);
        int start = page.indexOf("```yaml\n") + "```yaml\n".length();
        String yaml = page.substring(start, page.indexOf("```", start));
        try (TestServer server = TestServer.start(FreePorts.next(), false);
                CamelContext camel = new DefaultCamelContext()) {
            // The log endpoint of the example becomes a mock that keeps what it is sent.
            camel.setAutowiredEnabled(false);
            camel.addComponent("log", new MockComponent());
            camel.start();
            String ours = yaml.replace("opc.tcp://192.168.1.20:4840", server.url())
                    .replace("ns=2;s=Plant", "nsu=" + PlantNamespace.URI + ";s=Plant");
            PluginHelper.getRoutesLoader(camel).loadRoutes(ResourceHelper.fromString("explore.camel.yaml", ours));

            MockEndpoint log = camel.getEndpoint("log:opcua-plant", MockEndpoint.class);
            // The first exchange says the connection is being made; the browse follows.
            await().atMost(Duration.ofSeconds(30)).until(() -> browsed(log) != null);
            assertThat(log.getReceivedExchanges().get(0).getMessage().getHeader(OpcUaConstants.EVENT))
                    .isEqualTo(OpcUaConstants.CONNECTING);
            assertThat(browsed(log).objects()).hasSize(2);
        }
    }

    private static UaAddressSpace browsed(MockEndpoint log) {
        return log.getReceivedExchanges().stream()
                .filter(e -> OpcUaConstants.BROWSED.equals(e.getMessage().getHeader(OpcUaConstants.EVENT)))
                .map(e -> e.getMessage().getBody(UaAddressSpace.class))
                .findFirst()
                .orElse(null);
    }

    private static String section(String heading) throws Exception {
        String page = Files.readString(PAGE);
        int start = page.indexOf(heading + "\n");
        int end = page.indexOf("\n## ", start + heading.length());
        return page.substring(start, end < 0 ? page.length() : end);
    }

    /** Rows of the section's table by their first cell's name, with the cells from..to joined by " | ". */
    private static Map<String, String> table(String section, int from, int to) {
        Map<String, String> rows = new TreeMap<>();
        for (String line : section.split("\n")) {
            if (line.startsWith("| `")) {
                String[] cells = line.substring(2, line.length() - 2).split(" \\| ");
                String name = cells[0].substring(1, cells[0].indexOf('`', 1));
                rows.put(name, String.join(" | ", java.util.Arrays.copyOfRange(cells, from, to + 1)));
            }
        }
        return rows;
    }

    /** The page writes a default as the metadata's JSON would, without a zero fraction; none as a dash. */
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
        try (InputStream json = OpcUaDocsTest.class.getResourceAsStream("/META-INF/io/objectbus/opcua/opcua.json")) {
            return new ObjectMapper().readTree(json);
        }
    }
}
