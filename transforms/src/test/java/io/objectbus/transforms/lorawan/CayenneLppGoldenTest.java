// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.lorawan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cayenne LPP against golden files, src/test/resources/payload/lpp.<case>.hex and .expected.json (both required).
 * two-temperatures, accelerometer and gps are the examples of the myDevices Cayenne LPP documentation
 * (docs.mydevices.com, "Cayenne Low Power Payload", Examples); every-type has one record of each type of the
 * ElectronicCats CayenneLPP library's CayenneLPP.h, its values worked out by hand from the sizes and resolutions there.
 */
class CayenneLppGoldenTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path PAYLOADS = Path.of("src/test/resources/payload");

    @ParameterizedTest
    @ValueSource(strings = {"two-temperatures", "accelerometer", "gps", "every-type"})
    void aPayloadDecodesToItsGoldenMeasurements(String name) throws Exception {
        byte[] payload = HexFormat.of()
                .parseHex(Files.readString(PAYLOADS.resolve("lpp." + name + ".hex"))
                        .replaceAll("\\s", ""));
        JsonNode expected =
                JSON.readTree(PAYLOADS.resolve("lpp." + name + ".expected.json").toFile());

        JsonNode actual = JSON.readTree(JSON.writeValueAsString(new CayenneLpp().decode(1, payload)));

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void aTruncatedRecordOrAnUnknownTypeIsRefusedWithWhereItWent() {
        assertThatThrownBy(() -> new CayenneLpp().decode(1, HexFormat.of().parseHex("036701")))
                .isInstanceOf(PayloadException.class)
                .hasMessage("LPP temperature on channel 3 is truncated");
        assertThatThrownBy(() -> new CayenneLpp().decode(1, HexFormat.of().parseHex("0367011003ff00")))
                .hasMessage("unknown LPP type 255 at byte 5");
        assertThatThrownBy(() -> new CayenneLpp().decode(1, HexFormat.of().parseHex("03")))
                .hasMessage("LPP record at byte 0 has no type");
    }

    @Test
    void garbageIsDecodedOrRefusedWithAPayloadExceptionNeverAnythingElse() {
        Random random = new Random(103);
        for (int i = 0; i < 100_000; i++) {
            byte[] payload = new byte[random.nextInt(24)];
            random.nextBytes(payload);
            try {
                new CayenneLpp().decode(1, payload);
            } catch (PayloadException expected) {
                // refused with a reason
            }
        }
    }
}
