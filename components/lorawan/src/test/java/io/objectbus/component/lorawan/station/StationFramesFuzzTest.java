// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.objectbus.component.lorawan.frame.FrameException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The station message decoders: EUI forms of the station's glossary, and garbage refused only with a reason. */
class StationFramesFuzzTest {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<String> FIELDS = List.of(
            "msgtype",
            "MHdr",
            "DevAddr",
            "FCtrl",
            "FCnt",
            "FOpts",
            "FPort",
            "FRMPayload",
            "MIC",
            "DR",
            "Freq",
            "JoinEui",
            "DevEui",
            "DevNonce",
            "upinfo",
            "xtime",
            "rctx",
            "rssi",
            "snr",
            "rxtime");

    @Test
    void anEuiReadsTheSameInEveryFormAStationWritesIt() throws Exception {
        long eui = 0xb827ebfffe610f2cL;
        assertThat(Eui64.parse(F.textNode("b827:ebff:fe61:f2c"))).isEqualTo(eui);
        assertThat(Eui64.parse(F.textNode("B8-27-EB-FF-FE-61-0F-2C"))).isEqualTo(eui);
        assertThat(Eui64.parse(F.numberNode(eui))).isEqualTo(eui);
        assertThat(Eui64.parse(F.textNode("::1"))).isEqualTo(1L);
        assertThat(Eui64.parse(F.textNode("1::"))).isEqualTo(1L << 48);
        assertThat(Eui64.parse(F.textNode("1::2"))).isEqualTo((1L << 48) | 2);
        assertThat(Eui64.id6(eui)).isEqualTo("b827:ebff:fe61:f2c");
        assertThat(Eui64.id6((1L << 48) | 2)).isEqualTo("1::2");
        assertThat(Eui64.dashed(eui)).isEqualTo("b8-27-eb-ff-fe-61-0f-2c");
        assertThatThrownBy(() -> Eui64.parse(F.textNode("1:2:3:4:5"))).isInstanceOf(FrameException.class);
        assertThatThrownBy(() -> Eui64.parse(F.textNode("12345::"))).isInstanceOf(FrameException.class);
    }

    @Test
    void garbageUpdfAndJreqMessagesAreOnlyEverRefusedWithAFrameException() {
        Random random = new Random(3001);
        assertThatCode(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        ObjectNode m = message(random);
                        try {
                            StationFrames.heard(m);
                        } catch (FrameException expected) {
                            // refused with a reason: what garbage should get
                        }
                        try {
                            Eui64.parse(m.path("DevEui"));
                        } catch (FrameException expected) {
                            // the same
                        }
                    }
                })
                .doesNotThrowAnyException();
    }

    private static ObjectNode message(Random random) {
        ObjectNode m = F.objectNode().put("msgtype", random.nextBoolean() ? "updf" : "jreq");
        for (String field : FIELDS) {
            if (random.nextInt(4) > 0) {
                m.set(field, value(random, 2));
            }
        }
        return m;
    }

    private static JsonNode value(Random random, int depth) {
        return switch (random.nextInt(depth > 0 ? 7 : 5)) {
            case 0 -> F.numberNode(random.nextLong());
            case 1 -> F.numberNode(random.nextInt(300) - 20);
            case 2 -> F.textNode(Long.toHexString(random.nextLong()).substring(random.nextInt(3)));
            case 3 -> F.textNode(random.nextBoolean() ? "::" : ":" + random.nextInt() + "-zz");
            case 4 -> F.numberNode(random.nextDouble() * 1e9);
            case 5 -> F.arrayNode().add(value(random, depth - 1));
            default -> {
                ObjectNode o = F.objectNode();
                for (String f : List.of("xtime", "rctx", "rssi", "snr", "rxtime")) {
                    o.set(f, value(random, depth - 1));
                }
                yield o;
            }
        };
    }
}
