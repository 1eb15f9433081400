// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.tasmota;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.WriteCommand;
import io.objectbus.model.Ids;
import io.objectbus.transforms.mqttjson.DeviceCommand;
import io.objectbus.transforms.mqttjson.DeviceMapper;
import io.objectbus.transforms.mqttjson.DeviceMessage;
import io.objectbus.transforms.mqttjson.JsonPayloads;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One Tasmota device with the default FullTopic {@code %prefix%/%topic%/} (https://tasmota.github.io/docs/MQTT/):
 * {@code tele/<topic>/LWT} Online/Offline, {@code tele/<topic>/STATE} and {@code SENSOR} telemetry,
 * {@code stat/<topic>/RESULT} and {@code POWER<n>} answers; commands on {@code cmnd/<topic>/<Command>}.
 */
public final class TasmotaMapper implements DeviceMapper {

    /** Telemetry that must carry something this mapping knows: an empty reading means an unknown firmware. */
    private static final Set<String> TELEMETRY = Set.of("STATE", "SENSOR");
    /** Answers of stat/: RESULT answers every command, STATUS10/11 the state request. */
    private static final Set<String> ANSWERS = Set.of("RESULT", "STATUS10", "STATUS11");

    private final String topic;

    public TasmotaMapper(String topic) {
        if (topic == null || topic.isBlank() || topic.contains("+") || topic.contains("#") || topic.contains("/")) {
            throw new IllegalArgumentException("a Tasmota topic is one level without wildcards: " + topic);
        }
        this.topic = topic;
    }

    @Override
    public String protocol() {
        return "tasmota";
    }

    @Override
    public String address() {
        return topic;
    }

    @Override
    public List<String> topics() {
        return List.of("tele/" + topic + "/+", "stat/" + topic + "/+");
    }

    @Override
    public DeviceMessage read(String messageTopic, byte[] payload) {
        String[] levels = messageTopic.split("/", -1);
        if (levels.length != 3 || !levels[1].equals(topic)) {
            return DeviceMessage.of(DeviceMessage.Kind.IGNORED);
        }
        String kind = levels[2];
        if (levels[0].equals("tele") && kind.equals("LWT")) {
            return lastWill(JsonPayloads.text(payload));
        }
        if (levels[0].equals("stat") && TasmotaReadings.POWER.matcher(kind).matches()) {
            return readings(
                    kind, "{\"" + kind + "\":\"" + JsonPayloads.text(payload).replace("\"", "") + "\"}");
        }
        boolean telemetry = levels[0].equals("tele") && TELEMETRY.contains(kind);
        if (!telemetry && !(levels[0].equals("stat") && ANSWERS.contains(kind))) {
            return DeviceMessage.of(DeviceMessage.Kind.IGNORED);
        }
        return json(messageTopic, JsonPayloads.object(messageTopic, payload), telemetry);
    }

    private static DeviceMessage lastWill(String state) {
        return switch (state) {
            case "Online" -> DeviceMessage.of(DeviceMessage.Kind.ONLINE);
            case "Offline" -> DeviceMessage.offline("Tasmota device offline (LWT)");
            default -> throw new IllegalArgumentException("LWT is neither Online nor Offline: " + state);
        };
    }

    private DeviceMessage readings(String messageTopic, String json) {
        return json(messageTopic, JsonPayloads.object(messageTopic, json.getBytes()), true);
    }

    private static DeviceMessage json(String messageTopic, JsonNode json, boolean mustKnow) {
        String command = json.path("Command").asText("");
        if (command.equals("Unknown") || command.equals("Error")) {
            return DeviceMessage.refused(null, "Tasmota: command " + command.toLowerCase(Locale.ROOT));
        }
        JsonNode inner = json.has("StatusSTS") ? json.get("StatusSTS") : json.path("StatusSNS");
        TasmotaReadings readings = TasmotaReadings.of(inner.isObject() ? inner : json);
        if (readings.isEmpty() && mustKnow) {
            throw new IllegalArgumentException(
                    "no field of " + messageTopic + " is one this mapping knows (unknown firmware?)");
        }
        return readings.isEmpty()
                ? DeviceMessage.of(DeviceMessage.Kind.IGNORED)
                : DeviceMessage.values(readings.resources, readings.values);
    }

    @Override
    public DeviceCommand command(WriteCommand write) {
        String resource = write.resourceId();
        Object value = write.value();
        if (resource.equals("power") || resource.matches("power-[1-8]")) {
            String power = "POWER" + resource.substring("power".length()).replace("-", "");
            return new DeviceCommand(cmnd(power), Boolean.TRUE.equals(value) ? "ON" : "OFF", resource, value);
        }
        if (resource.equals("dimmer") && value instanceof Number n) {
            return new DeviceCommand(cmnd("Dimmer"), String.valueOf(Math.round(n.doubleValue())), resource, value);
        }
        if (resource.equals("setpoint") && value instanceof Number n) {
            return new DeviceCommand(cmnd("TempTargetSet"), plain(n.doubleValue()), resource, value);
        }
        throw new IllegalArgumentException("Tasmota takes no command for " + Ids.printable(resource));
    }

    /** STATUS 11 answers with the state (StatusSTS) at once; STATUS 10 with the sensors. */
    @Override
    public Optional<DeviceCommand> stateRequest() {
        return Optional.of(new DeviceCommand(cmnd("STATUS"), "11", null, null));
    }

    private String cmnd(String command) {
        return "cmnd/" + topic + "/" + command;
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
