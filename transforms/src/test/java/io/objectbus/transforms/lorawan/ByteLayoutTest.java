// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.lorawan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.objectbus.model.ValueType;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** A sensor described in YAML, no Java: offsets, lengths, signedness, byte order, scale, unit and flag bits. */
class ByteLayoutTest {

    private static final String SENSOR =
            """
            name: room-sensor
            fPort: 2
            fields:
              - resource: temperature
                offset: 0
                length: 2
                signed: true
                scale: 0.01
                unit: Cel
              - resource: humidity
                offset: 2
                length: 1
                scale: 0.5
                unit: "%RH"
              - resource: co2
                offset: 3
                length: 2
                endian: little
                unit: ppm
              - resource: occupied
                offset: 5
                bit: 7
            """;

    @Test
    void aPayloadIsReadFieldByFieldAsTheLayoutSays() throws Exception {
        ByteLayout layout = ByteLayout.parse(SENSOR);

        assertThat(layout.decode(2, HexFormat.of().parseHex("f8307a9001" + "80")))
                .containsExactly(
                        new Measurement("temperature", -20.0, "Cel"),
                        new Measurement("humidity", 61.0, "%RH"),
                        new Measurement("co2", 400L, "ppm"),
                        new Measurement("occupied", true, null));
        assertThat(layout.resources().get("occupied").type()).isEqualTo(ValueType.BOOLEAN);
        assertThat(layout.resources().get("temperature").unit()).isEqualTo("Cel");
    }

    @Test
    void anotherPortIsNotThisLayoutsAndAShortPayloadIsRefused() throws Exception {
        ByteLayout layout = ByteLayout.parse(SENSOR);

        assertThat(layout.decode(3, new byte[6])).isEmpty();
        assertThatThrownBy(() -> layout.decode(2, new byte[4]))
                .isInstanceOf(PayloadException.class)
                .hasMessage("room-sensor: co2 needs bytes up to 5, payload has 4");
    }

    @Test
    void aWrongFieldIsRefusedWithItsName() {
        assertThatThrownBy(() -> ByteLayout.parse("name: x\nfields:\n  - resource: t\n    offset: 0\n    length: 9\n"))
                .hasMessageContaining("t: length must be 1 to 8 bytes");
        assertThatThrownBy(() -> ByteLayout.parse(
                        "name: x\nfields:\n  - resource: t\n    offset: 0\n    length: 2\n    endian: middle\n"))
                .hasMessageContaining("endian is big or little");
        assertThatThrownBy(() -> ByteLayout.parse("name: x\nfields:\n  - resource: t\n    offst: 0\n"))
                .hasMessageContaining("offst");
    }

    @Test
    void aCodecIsNamedByTheProfile() {
        assertThat(Codecs.of("lpp")).isInstanceOf(CayenneLpp.class);
        assertThat(Codecs.of("class:" + CayenneLpp.class.getName())).isInstanceOf(CayenneLpp.class);
        assertThatThrownBy(() -> Codecs.of("json")).hasMessageContaining("unknown payload codec 'json'");
    }
}
