// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Each adapter kamelet of the catalogue has a parameter table in its page (docs/adapters/{protocol}.md, headed
 * "Parameters of `{kamelet}`") that says what the kamelet declares: name, type, whether required, default.
 */
class KameletCatalogueTest {

    private static final Path CATALOGUE = Path.of("src/main/resources/kamelets");
    private static final Path ADAPTER_DOCS = Path.of("../docs/adapters");

    @Test
    void everyUserFacingKameletsParametersAreThoseOfTheTableInItsPage() throws IOException {
        List<Path> kamelets = userFacing();
        assertThat(kamelets).isNotEmpty();
        for (Path kamelet : kamelets) {
            String name = kamelet.getFileName().toString().replace(".kamelet.yaml", "");
            assertThat(documented(name)).as(name).isEqualTo(declared(kamelet));
        }
    }

    /** Source kamelets: the ones route files use; action kamelets are made by the adapters themselves. */
    private static List<Path> userFacing() throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(CATALOGUE)) {
            for (Path file : files.sorted().toList()) {
                JsonNode labels = yaml(file).path("metadata").path("labels");
                if ("source".equals(labels.path("camel.apache.org/kamelet.type").asText())) {
                    found.add(file);
                }
            }
        }
        return found;
    }

    private static Map<String, String> declared(Path kamelet) throws IOException {
        JsonNode definition = yaml(kamelet).path("spec").path("definition");
        List<String> required = new ArrayList<>();
        definition.path("required").forEach(r -> required.add(r.asText()));
        Map<String, String> parameters = new LinkedHashMap<>();
        definition.path("properties").fields().forEachRemaining(p -> {
            assertThat(p.getValue().path("description").asText()).as(p.getKey()).isNotBlank();
            String value = required.contains(p.getKey())
                    ? "(required)"
                    : p.getValue().path("default").asText();
            parameters.put(p.getKey(), p.getValue().path("type").asText() + " " + value);
        });
        return parameters;
    }

    /** The rows of the page's table: parameter, type, default. */
    private static Map<String, String> documented(String kamelet) throws IOException {
        String protocol = kamelet.substring(0, kamelet.indexOf('-'));
        List<String> lines = Files.readAllLines(ADAPTER_DOCS.resolve(protocol + ".md"));
        int heading = lines.indexOf("### Parameters of `" + kamelet + "`");
        assertThat(heading).as("parameter table of " + kamelet).isNotNegative();
        Map<String, String> parameters = new LinkedHashMap<>();
        lines.stream()
                .skip(heading)
                .dropWhile(l -> !l.startsWith("| `"))
                .takeWhile(l -> l.startsWith("|"))
                .forEach(row -> {
                    String[] cells = row.split("\\|");
                    parameters.put(cells[1].trim().replace("`", ""), cells[2].trim() + " " + cells[3].trim());
                });
        return parameters;
    }

    private static JsonNode yaml(Path file) throws IOException {
        Object document = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
        return new ObjectMapper().valueToTree(document);
    }
}
