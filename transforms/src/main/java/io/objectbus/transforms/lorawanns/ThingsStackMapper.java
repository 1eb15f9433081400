// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.lorawanns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.objectbus.bus.Json;
import io.objectbus.transforms.mqttjson.JsonPayloads;
import java.util.Base64;
import java.util.List;

/**
 * The Things Stack v3's MQTT integration of one application: {@code v3/{app}@{tenant}/devices/{device}/{up,join,
 * down/ack,down/nack,down/failed}} to values and downlink acknowledgements, downlinks to {@code .../down/push}.
 */
public final class ThingsStackMapper implements NetworkServerMapper {

    private static final List<String> EVENTS = List.of("up", "join", "down/ack", "down/nack", "down/failed");

    private final String base;

    /** @param tenant the tenant ({@code ttn} on The Things Network); empty for a single-tenant open-source stack */
    public ThingsStackMapper(String application, String tenant) {
        this.base = "v3/" + application + (tenant == null || tenant.isBlank() ? "" : "@" + tenant) + "/devices/";
    }

    @Override
    public String protocol() {
        return "thingsstack";
    }

    @Override
    public List<String> topics() {
        return EVENTS.stream().map(event -> base + "+/" + event).toList();
    }

    @Override
    public NsEvent read(String topic, byte[] payload) {
        if (topic == null || !topic.startsWith(base)) {
            throw new IllegalArgumentException("not a topic of this The Things Stack application: " + topic);
        }
        String rest = topic.substring(base.length());
        int slash = rest.indexOf('/');
        if (slash <= 0) {
            throw new IllegalArgumentException("no device in The Things Stack topic " + topic);
        }
        String device = rest.substring(0, slash);
        String event = rest.substring(slash + 1);
        if (!EVENTS.contains(event)) {
            return NsEvent.ignored(device);
        }
        JsonNode message = JsonPayloads.object(topic, payload);
        return switch (event) {
            case "up" -> uplink(device, message);
            case "join" ->
                new UplinkValues()
                        .text(
                                UplinkValues.LAST_SEEN,
                                message.path("received_at").asText(null))
                        .event(device);
            case "down/ack" -> NsEvent.acked(device);
            case "down/nack" -> NsEvent.notAcked(device, "the device did not acknowledge the downlink (down/nack)");
            default -> NsEvent.notAcked(device, "The Things Stack could not send the downlink: " + failure(message));
        };
    }

    private static NsEvent uplink(String device, JsonNode message) {
        JsonNode up = message.path("uplink_message");
        if (!up.isObject()) {
            throw new IllegalArgumentException("an up message of " + device + " without uplink_message");
        }
        JsonNode best = bestGateway(up.path("rx_metadata"));
        return new UplinkValues()
                .decoded(up.get("decoded_payload"))
                .number(UplinkValues.RSSI, best.get("rssi"), "dBm")
                .number(UplinkValues.SNR, best.get("snr"), "dB")
                .text(
                        UplinkValues.GATEWAY,
                        best.path("gateway_ids").path("gateway_id").asText(null))
                .number(UplinkValues.FRAME_COUNTER, up.path("f_cnt"), null)
                .text(UplinkValues.LAST_SEEN, message.path("received_at").asText(null))
                .number(UplinkValues.BATTERY, up.path("last_battery_percentage").get("value"), "%")
                .event(device);
    }

    private static JsonNode bestGateway(JsonNode rxMetadata) {
        return ChirpStackMapper.bestGateway(rxMetadata);
    }

    /** The error of a down/failed message, as The Things Stack words it. */
    private static String failure(JsonNode message) {
        JsonNode error = message.path("downlink_failed").path("error");
        String text = error.path("message_format").asText("");
        return text.isBlank() ? error.path("name").asText("no reason given") : text;
    }

    @Override
    public Downlink downlink(String device, DownlinkRequest request) {
        ObjectNode downlink = Json.MAPPER.createObjectNode();
        downlink.put("f_port", request.fPort());
        downlink.put("confirmed", request.confirmed());
        if (request.object() != null) {
            downlink.set("decoded_payload", request.object());
        } else {
            downlink.put("frm_payload", Base64.getEncoder().encodeToString(request.bytes()));
        }
        downlink.put("priority", "NORMAL");
        ObjectNode push = Json.MAPPER.createObjectNode();
        ArrayNode downlinks = push.putArray("downlinks");
        downlinks.add(downlink);
        return new Downlink(base + device + "/down/push", push.toString());
    }
}
