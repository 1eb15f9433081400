// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.station;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The EU863-870 channel plan a Basics Station is given in its router_config (LoRaWAN Regional Parameters RP002,
 * EU863-870): data rates DR0..DR7 and the eight default multi-SF channels 868.1, 868.3, 868.5 and 867.1..867.9 MHz,
 * plus the LoRa 250 kHz channel (DR6) and the FSK channel (DR7).
 */
public final class Eu868 {

    /** DR0..DR7 as data rate names; DR7 is FSK 50 kbit/s. */
    static final List<String> DATA_RATES =
            List.of("SF12BW125", "SF11BW125", "SF10BW125", "SF9BW125", "SF8BW125", "SF7BW125", "SF7BW250", "50000");

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Eu868() {}

    /** The data rate name of a DR index; unknown indexes are named DRn. */
    public static String dataRate(int dr) {
        return dr >= 0 && dr < DATA_RATES.size() ? DATA_RATES.get(dr) : "DR" + dr;
    }

    /** The DR index of a data rate name, or -1. */
    public static int index(String dataRate) {
        return DATA_RATES.indexOf(dataRate);
    }

    /** The router_config message: region, frequency range, DR table [SF, BW, downlink only] and one SX1301. */
    public static ObjectNode routerConfig(int netId) {
        ObjectNode c = F.objectNode();
        c.put("msgtype", "router_config");
        c.putArray("NetID").add(netId);
        c.putArray("JoinEui");
        c.put("region", "EU863");
        c.put("hwspec", "sx1301/1");
        c.putArray("freq_range").add(863_000_000).add(870_000_000);
        ArrayNode drs = c.putArray("DRs");
        int[][] table = {{12, 125}, {11, 125}, {10, 125}, {9, 125}, {8, 125}, {7, 125}, {7, 250}, {0, 0}};
        for (int i = 0; i < 16; i++) {
            drs.addArray()
                    .add(i < table.length ? table[i][0] : -1)
                    .add(i < table.length ? table[i][1] : 0)
                    .add(0);
        }
        c.putArray("sx1301_conf").add(sx1301());
        c.put("nocca", false).put("nodc", false).put("nodwell", false);
        return c;
    }

    private static ObjectNode sx1301() {
        ObjectNode s = F.objectNode();
        s.set("radio_0", F.objectNode().put("enable", true).put("freq", 867_500_000));
        s.set("radio_1", F.objectNode().put("enable", true).put("freq", 868_500_000));
        s.set("chan_FSK", F.objectNode().put("enable", true).put("radio", 1).put("if", 300_000));
        s.set(
                "chan_Lora_std",
                F.objectNode()
                        .put("enable", true)
                        .put("radio", 1)
                        .put("if", -200_000)
                        .put("bandwidth", 250_000)
                        .put("spread_factor", 7));
        // 867.1, 867.3, 867.5, 867.7, 867.9 on radio 0; 868.1, 868.3, 868.5 on radio 1.
        int[][] multiSf = {
            {0, -400_000}, {0, -200_000}, {0, 0}, {0, 200_000}, {0, 400_000}, {1, -400_000}, {1, -200_000}, {1, 0}
        };
        for (int i = 0; i < multiSf.length; i++) {
            s.set(
                    "chan_multiSF_" + i,
                    F.objectNode()
                            .put("enable", true)
                            .put("radio", multiSf[i][0])
                            .put("if", multiSf[i][1]));
        }
        return s;
    }
}
