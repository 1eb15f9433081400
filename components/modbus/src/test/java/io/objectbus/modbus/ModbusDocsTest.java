// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** docs/components/modbus.md says what the component is: its tables are the generated metadata. */
class ModbusDocsTest {

    /** Options every Camel consumer or producer has; Camel documents them, the page names them in a sentence. */
    private static final Set<String> CAMEL_OWN =
            Set.of("bridgeErrorHandler", "exceptionHandler", "exchangePattern", "lazyStartProducer");

    private static final Path PAGE = Path.of("../../docs/components/modbus.md");

    @Test
    void theOptionsTableIsTheGeneratedMetadata() throws Exception {
        Map<String, String> generated = new TreeMap<>();
        metadata().path("properties").properties().forEach(option -> {
            if (!CAMEL_OWN.contains(option.getKey())) {
                JsonNode value = option.getValue();
                generated.put(
                        option.getKey(),
                        value.path("defaultValue").asText("—") + " | "
                                + value.path("group").asText());
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
                .forEach(header -> generated.put(
                        header.getKey(), header.getValue().path("javaType").asText()));
        assertThat(table(section("## Headers"), 1, 1)).isEqualTo(generated);
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
                rows.put(name, String.join(" | ", Arrays.copyOfRange(cells, from, to + 1)));
            }
        }
        return rows;
    }

    private static JsonNode metadata() throws Exception {
        try (InputStream json = ModbusDocsTest.class.getResourceAsStream("/META-INF/io/objectbus/modbus/modbus.json")) {
            return new ObjectMapper().readTree(json);
        }
    }
}
