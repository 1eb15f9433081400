// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JsonMappingTest {

    // The status document of a Shelly Gen1 plug (GET /status, Shelly Gen1 API docs), shortened.
    private static final String STATUS =
            """
            {"relays":[{"ison":true,"source":"http"}],
             "meters":[{"power":41.5,"total":12044}],
             "temperature":38.21,"overtemperature":false,"uptime":"3600"}""";

    private static CamelContext context;

    @BeforeAll
    static void startCamel() {
        context = new DefaultCamelContext();
        context.start();
    }

    @AfterAll
    static void stopCamel() {
        context.stop();
    }

    private static JsonMapping mapping(String language, String spec) {
        return new JsonMapping(context, language, JsonResourceList.parse(spec));
    }

    @Test
    void jsonPathFindsEachResourceInItsType() {
        JsonReadings readings = mapping(
                        "jsonpath",
                        "on, $.relays[0].ison, boolean; power, $.meters[0].power, number, unit=W;"
                                + " energy, $.meters[0].total, integer; uptime, $.uptime, integer")
                .read(STATUS);
        assertThat(readings.complete()).as(readings.toString()).isTrue();
        assertThat(readings.values())
                .containsEntry("on", true)
                .containsEntry("power", 41.5)
                .containsEntry("energy", 12044L)
                .containsEntry("uptime", 3600L);
    }

    @Test
    void jqFindsTheSameValues() {
        JsonReadings readings = mapping(
                        "jq", "on, .relays[0].ison, boolean; power, .meters[0].power; hot, .temperature > 35, boolean")
                .read(STATUS);
        assertThat(readings.complete()).as(readings.toString()).isTrue();
        assertThat(readings.values())
                .containsEntry("on", true)
                .containsEntry("power", 41.5)
                .containsEntry("hot", true);
    }

    @Test
    void aMissingOrMistypedFieldIsAProblemOfItsResourceAloneTheOthersAreRead() {
        JsonReadings readings = mapping(
                        "jsonpath",
                        "power, $.meters[0].power; missing, $.nothing.here; on, $.relays[0].source, boolean")
                .read(STATUS);
        assertThat(readings.values()).containsOnlyKeys("power");
        assertThat(readings.problems()).containsOnlyKeys("missing", "on");
        assertThat(readings.problems().get("on")).contains("'http' is not a boolean");
    }

    @Test
    void aMissingFieldInJqIsNoValue() {
        JsonReadings readings = mapping("jq", "missing, .nothing.here").read(STATUS);
        assertThat(readings.problems().get("missing")).contains("no value");
    }

    @Test
    void anObjectWhereAValueIsExpectedIsAProblem() {
        JsonReadings readings = mapping("jsonpath", "meters, $.meters[0]").read(STATUS);
        assertThat(readings.problems().get("meters")).contains("an object where a number was expected");
    }

    @Test
    void garbageIsUnreadableAndSaysSo() {
        JsonReadings readings = mapping("jsonpath", "power, $.power").read("<html>500 oops</html>");
        assertThat(readings.unreadable()).startsWith("not JSON");
        assertThat(readings.values()).isEmpty();
        assertThat(mapping("jq", "power, .power").read("").unreadable()).isNotNull();
    }

    @Test
    void aBareScalarDocumentIsReadWithJq() {
        assertThat(mapping("jq", "temperature, .").read("21.5").values()).containsEntry("temperature", 21.5);
    }

    @Test
    void randomBytesNeverThrowOnlyGiveProblems() {
        Random random = new Random(15);
        JsonMapping jsonPath = mapping("jsonpath", "a, $.a; b, $.b[0], boolean");
        JsonMapping jq = mapping("jq", "a, .a; b, .b[0], boolean");
        for (int i = 0; i < 500; i++) {
            byte[] garbage = new byte[random.nextInt(64)];
            random.nextBytes(garbage);
            if (i % 3 == 0) {
                garbage = ("{\"a\":" + new String(garbage, java.nio.charset.StandardCharsets.ISO_8859_1)).getBytes();
            }
            JsonReadings p = jsonPath.read(garbage);
            JsonReadings q = jq.read(garbage);
            assertThat(p.complete() && q.complete()).isFalse();
        }
    }
}
