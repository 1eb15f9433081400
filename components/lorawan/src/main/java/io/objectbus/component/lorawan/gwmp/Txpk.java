// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.gwmp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;

/**
 * A packet to transmit, the {@code txpk} object of a PULL_RESP (PROTOCOL.TXT 6): sent at the gateway's counter value
 * tmst (a class A receive window), inverted polarity as for every downlink to a device.
 *
 * @param tmst      gateway counter value to send at, microseconds
 * @param frequency MHz
 * @param rfChain   RF chain to send on
 * @param power     TX power, dBm
 * @param dataRate  "SF9BW125"
 * @param codingRate "4/5"
 * @param phy       the PHYPayload
 */
public record Txpk(
        long tmst, double frequency, int rfChain, int power, String dataRate, String codingRate, byte[] phy) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The PULL_RESP JSON: {"txpk":{...}}. */
    public String toJson() {
        ObjectNode txpk = JSON.createObjectNode();
        txpk.put("imme", false)
                .put("tmst", tmst & 0xFFFFFFFFL)
                .put("freq", frequency)
                .put("rfch", rfChain)
                .put("powe", power)
                .put("modu", "LORA")
                .put("datr", dataRate)
                .put("codr", codingRate)
                .put("ipol", true)
                .put("size", phy.length)
                .put("data", Base64.getEncoder().encodeToString(phy));
        ObjectNode root = JSON.createObjectNode();
        root.set("txpk", txpk);
        return root.toString();
    }
}
