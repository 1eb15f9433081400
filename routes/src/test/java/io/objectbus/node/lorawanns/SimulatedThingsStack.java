// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawanns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.objectbus.bus.Json;

/**
 * The Things Stack's MQTT integration (bridged to the node's broker): the up message after the "Data formats"
 * example; each confirmed down/push is answered with down/ack, or down/nack when told to refuse.
 */
final class SimulatedThingsStack extends SimulatedNetworkServer {

    static final String DEVICE = "dev1";
    private static final String BASE = "v3/app1@ttn/devices/" + DEVICE + "/";

    SimulatedThingsStack() {
        super("simulated-thingsstack");
    }

    @Override
    String object() {
        return "lora-" + DEVICE;
    }

    @Override
    String downlinkTopic() {
        return BASE + "down/push";
    }

    @Override
    void uplink(int fCnt, double setpoint) {
        ObjectNode message = Json.MAPPER.createObjectNode();
        message.putObject("end_device_ids").put("device_id", DEVICE).put("dev_eui", "0004A30B001C0530");
        message.put("received_at", "2020-02-12T15:15:49.622Z");
        ObjectNode up = message.putObject("uplink_message");
        up.put("f_port", 15).put("f_cnt", fCnt).put("frm_payload", "DA==");
        up.putObject("decoded_payload").put("temperature", 18.5).put("setpoint", setpoint);
        up.putArray("rx_metadata")
                .addObject()
                .put("rssi", -35)
                .put("snr", 5.2)
                .putObject("gateway_ids")
                .put("gateway_id", "eui-b827ebfffe1b6f68");
        publish(BASE + "up", message.toString());
    }

    @Override
    void downlink(byte[] payload, boolean ack) throws Exception {
        JsonNode down = Json.MAPPER.readTree(payload).path("downlinks").path(0);
        if (ack && down.path("decoded_payload").path("setpoint").isNumber()) {
            setpoint(down.path("decoded_payload").path("setpoint").doubleValue());
        }
        if (down.path("confirmed").asBoolean()) {
            ObjectNode event = Json.MAPPER.createObjectNode();
            event.putObject("end_device_ids").put("device_id", DEVICE);
            event.set(ack ? "downlink_ack" : "downlink_nack", down);
            publish(BASE + (ack ? "down/ack" : "down/nack"), event.toString());
        }
    }
}
