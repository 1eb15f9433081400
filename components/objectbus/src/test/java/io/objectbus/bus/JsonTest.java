// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.model.Quality;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The hand-written value encoder produces JSON that a parser reads back exactly. */
class JsonTest {

    private static final Instant T = Instant.parse("2026-11-22T10:00:05.007Z");

    @Test
    void aNumberWithUnitAndSequence() {
        assertThat(text(Json.value(21.5, "Cel", T, Quality.GOOD, null, 7)))
                .isEqualTo("{\"v\":21.5,\"u\":\"Cel\",\"ts\":\"2026-11-22T10:00:05.007Z\",\"q\":\"good\",\"seq\":7}");
    }

    @Test
    void millisecondsAreAlwaysThreeDigits() {
        assertThat(Json.timestamp(Instant.parse("2026-11-22T10:00:05Z"))).isEqualTo("2026-11-22T10:00:05.000Z");
        assertThat(Json.timestamp(Instant.parse("2026-11-22T10:00:05.050Z"))).isEqualTo("2026-11-22T10:00:05.050Z");
        assertThat(Json.timestamp(Instant.parse("2026-11-22T23:59:59.999Z"))).isEqualTo("2026-11-22T23:59:59.999Z");
    }

    @Test
    void stringsAreEscapedAndNonAsciiKept() throws Exception {
        JsonNode json = Json.parse(Json.value("a \"quoted\"\n\u00e9", "%RH", T, Quality.BAD, "broken\\wire", 1));
        assertThat(json.get("v").asText()).isEqualTo("a \"quoted\"\n\u00e9");
        assertThat(json.get("r").asText()).isEqualTo("broken\\wire");
        assertThat(json.get("q").asText()).isEqualTo("bad");
    }

    @Test
    void integersBooleansNullsAndNonFiniteNumbers() throws Exception {
        assertThat(Json.parse(Json.value(42L, null, T, Quality.GOOD, null, 1))
                        .get("v")
                        .isIntegralNumber())
                .isTrue();
        assertThat(Json.parse(Json.value(true, null, T, Quality.GOOD, null, 1))
                        .get("v")
                        .asBoolean())
                .isTrue();
        assertThat(Json.parse(Json.value(null, null, T, Quality.STALE, "x", 1))
                        .get("v")
                        .isNull())
                .isTrue();
        assertThat(Json.parse(Json.value(Double.NaN, null, T, Quality.BAD, "x", 1))
                        .get("v")
                        .isNull())
                .isTrue();
        assertThat(Json.parse(Json.value(1e21, null, T, Quality.GOOD, null, 1))
                        .get("v")
                        .asDouble())
                .isEqualTo(1e21);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
