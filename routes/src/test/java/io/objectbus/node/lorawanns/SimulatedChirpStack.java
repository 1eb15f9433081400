// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawanns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.objectbus.bus.Json;

/**
 * ChirpStack v4's MQTT integration: the uplink is the golden file's, ChirpStack's documented event/up; each confirmed
 * command/down is answered with event/ack.
 */
final class SimulatedChirpStack extends SimulatedNetworkServer {

    static final String APPLICATION = "00000000-0000-0000-0000-000000000001";
    static final String DEVICE = "0101010101010101";
    private static final String BASE = "application/" + APPLICATION + "/device/" + DEVICE + "/";

    SimulatedChirpStack() {
        super("simulated-chirpstack");
    }

    @Override
    String object() {
        return "lora-" + DEVICE;
    }

    @Override
    String downlinkTopic() {
        return BASE + "command/down";
    }

    @Override
    void uplink(int fCnt, double setpoint) {
        ObjectNode up = Json.MAPPER.createObjectNode();
        up.put("time", "2022-07-18T09:34:15.775023242+00:00");
        up.putObject("deviceInfo").put("applicationId", APPLICATION).put("devEui", DEVICE);
        up.put("devAddr", "00189440").put("fCnt", fCnt).put("fPort", 1).put("data", "qqo=");
        up.putObject("object").put("temperature", 22.5).put("setpoint", setpoint);
        up.putArray("rxInfo")
                .addObject()
                .put("gatewayId", "0016c001f153a14c")
                .put("rssi", -36)
                .put("snr", 10.5);
        publish(BASE + "event/up", up.toString());
    }

    @Override
    void downlink(byte[] payload, boolean ack) throws Exception {
        JsonNode down = Json.MAPPER.readTree(payload);
        if (ack && down.path("object").path("setpoint").isNumber()) {
            setpoint(down.path("object").path("setpoint").doubleValue());
        }
        if (down.path("confirmed").asBoolean()) {
            ObjectNode event = Json.MAPPER.createObjectNode();
            event.putObject("deviceInfo").put("applicationId", APPLICATION).put("devEui", DEVICE);
            event.put("queueItemId", "2d8a5f8b-1e5a-4e2b-8a3b-8f5c1f0e4d1a")
                    .put("acknowledged", ack)
                    .put("fCntDown", 7);
            publish(BASE + "event/ack", event.toString());
        }
    }
}
