// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.lorawanns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.objectbus.bus.Json;
import io.objectbus.transforms.mqttjson.JsonPayloads;
import java.util.Base64;
import java.util.List;

/**
 * ChirpStack v4's MQTT integration of one application (JSON marshaler): {@code application/{id}/device/{devEui}/event/
 * {up,join,status,ack}} to values and downlink acknowledgements, downlinks to {@code .../command/down}.
 */
public final class ChirpStackMapper implements NetworkServerMapper {

    private final String applicationId;

    public ChirpStackMapper(String applicationId) {
        this.applicationId = applicationId;
    }

    @Override
    public String protocol() {
        return "chirpstack";
    }

    @Override
    public List<String> topics() {
        return List.of("application/" + applicationId + "/device/+/event/+");
    }

    @Override
    public NsEvent read(String topic, byte[] payload) {
        String[] levels = topic == null ? new String[0] : topic.split("/", -1);
        if (levels.length != 6 || !"event".equals(levels[4])) {
            throw new IllegalArgumentException("not a ChirpStack event topic: " + topic);
        }
        String device = levels[3];
        return switch (levels[5]) {
            case "up" -> uplink(device, JsonPayloads.object(topic, payload));
            case "join" -> join(device, JsonPayloads.object(topic, payload));
            case "status" -> status(device, JsonPayloads.object(topic, payload));
            case "ack" -> ack(device, JsonPayloads.object(topic, payload));
            default -> NsEvent.ignored(device); // txack, log, location, integration: nothing for the bus
        };
    }

    private static NsEvent uplink(String device, JsonNode up) {
        JsonNode best = bestGateway(up.path("rxInfo"));
        return new UplinkValues()
                .decoded(up.get("object"))
                .number(UplinkValues.RSSI, best.get("rssi"), "dBm")
                .number(UplinkValues.SNR, best.get("snr"), "dB")
                .text(UplinkValues.GATEWAY, best.path("gatewayId").asText(null))
                .number(UplinkValues.FRAME_COUNTER, up.path("fCnt"), null)
                .text(UplinkValues.LAST_SEEN, up.path("time").asText(null))
                .event(device);
    }

    private static NsEvent join(String device, JsonNode join) {
        return new UplinkValues()
                .text(UplinkValues.LAST_SEEN, join.path("time").asText(null))
                .event(device);
    }

    /** The device-status answer: battery level in percent, unless the device says it cannot tell. */
    private static NsEvent status(String device, JsonNode status) {
        UplinkValues values = new UplinkValues();
        if (!status.path("batteryLevelUnavailable").asBoolean(false)
                && !status.path("externalPowerSource").asBoolean(false)) {
            values.number(UplinkValues.BATTERY, status.get("batteryLevel"), "%");
        }
        return values.event(device);
    }

    private static NsEvent ack(String device, JsonNode ack) {
        return ack.path("acknowledged").asBoolean(false)
                ? NsEvent.acked(device)
                : NsEvent.notAcked(device, "the device did not acknowledge the downlink (ChirpStack ack event)");
    }

    /** The gateway that heard the uplink best: highest RSSI (ChirpStack lists every gateway that heard it). */
    static JsonNode bestGateway(JsonNode rxInfo) {
        JsonNode best = Json.MAPPER.createObjectNode();
        for (JsonNode rx : rxInfo) {
            if (rx.path("rssi").isNumber()
                    && (!best.path("rssi").isNumber()
                            || rx.path("rssi").doubleValue() > best.path("rssi").doubleValue())) {
                best = rx;
            }
        }
        return best;
    }

    @Override
    public Downlink downlink(String device, DownlinkRequest request) {
        ObjectNode down = Json.MAPPER.createObjectNode();
        down.put("devEui", device);
        down.put("confirmed", request.confirmed());
        down.put("fPort", request.fPort());
        if (request.object() != null) {
            down.set("object", request.object());
        } else {
            down.put("data", Base64.getEncoder().encodeToString(request.bytes()));
        }
        return new Downlink("application/" + applicationId + "/device/" + device + "/command/down", down.toString());
    }
}
