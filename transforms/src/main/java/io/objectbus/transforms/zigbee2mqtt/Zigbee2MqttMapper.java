// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.zigbee2mqtt;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.bus.WriteCommand;
import io.objectbus.model.Ids;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.transforms.mqttjson.DeviceCommand;
import io.objectbus.transforms.mqttjson.DeviceMapper;
import io.objectbus.transforms.mqttjson.DeviceMessage;
import io.objectbus.transforms.mqttjson.JsonPayloads;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One device of a Zigbee2MQTT bridge (https://www.zigbee2mqtt.io/guide/usage/mqtt_topics_and_messages.html): its state
 * on {@code <base>/<friendly name>}, its availability on {@code …/availability} ({@code {"state":"online"}} or the
 * older plain {@code online}), writes as {@code …/set} {@code {"<property>": value}}; the bridge's device list
 * ({@code <base>/bridge/devices}) gives its exposes, its log ({@code <base>/bridge/logging}) the errors of a set, and
 * its state ({@code <base>/bridge/state}, offline as its last will) whether the bridge itself is there.
 */
public final class Zigbee2MqttMapper implements DeviceMapper {

    /** Z2M's log line of a failed set: {@code Publish 'set' 'state' to 'bulb' failed: '…'}. */
    private static final Pattern FAILED_SET = Pattern.compile("Publish 'set' '([^']*)' to '(.*)' failed: (.*)");

    private final String base;
    private final String friendlyName;
    private final String stateTopic;
    /** Properties by the resource id they have on the bus; exposes replace guesses when the bridge lists them. */
    private final Map<String, Z2mProperty> properties = new LinkedHashMap<>();

    public Zigbee2MqttMapper(String base, String friendlyName) {
        if (base == null || base.isBlank() || friendlyName == null || friendlyName.isBlank()) {
            throw new IllegalArgumentException("a Zigbee2MQTT device needs its base topic and friendly name");
        }
        if ((base + friendlyName).contains("+") || (base + friendlyName).contains("#")) {
            throw new IllegalArgumentException("no wildcards in a base topic or friendly name: " + friendlyName);
        }
        this.base = base;
        this.friendlyName = friendlyName;
        this.stateTopic = base + "/" + friendlyName;
    }

    @Override
    public String protocol() {
        return "zigbee2mqtt";
    }

    @Override
    public String address() {
        return stateTopic;
    }

    @Override
    public List<String> topics() {
        return List.of(
                stateTopic,
                stateTopic + "/availability",
                base + "/bridge/state",
                base + "/bridge/devices",
                base + "/bridge/logging");
    }

    @Override
    public DeviceMessage read(String topic, byte[] payload) {
        if (topic.equals(stateTopic)) {
            return state(JsonPayloads.object(topic, payload));
        }
        if (topic.equals(stateTopic + "/availability")) {
            return availability(payload);
        }
        if (topic.equals(base + "/bridge/state")) {
            return bridge(topic, payload);
        }
        if (topic.equals(base + "/bridge/devices")) {
            return exposes(payload);
        }
        if (topic.equals(base + "/bridge/logging")) {
            return log(JsonPayloads.object(topic, payload));
        }
        return DeviceMessage.of(DeviceMessage.Kind.IGNORED);
    }

    private synchronized DeviceMessage state(JsonNode state) {
        Map<String, ResourceDescriptor> resources = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        state.fields().forEachRemaining(field -> {
            String id = Ids.canonical(field.getKey());
            Z2mProperty property =
                    properties.computeIfAbsent(id, k -> Z2mProperty.guessed(field.getKey(), field.getValue()));
            Object value = property == null ? null : property.value(field.getValue());
            if (value == null) {
                return;
            }
            resources.put(id, property.descriptor());
            values.put(id, value);
        });
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no property of " + stateTopic + " is one this mapping reads");
        }
        return DeviceMessage.values(resources, values);
    }

    private DeviceMessage availability(byte[] payload) {
        String text = JsonPayloads.text(payload);
        String state = text.startsWith("{")
                ? JsonPayloads.object(stateTopic + "/availability", payload)
                        .path("state")
                        .asText("")
                : text;
        return switch (state) {
            case "online" -> DeviceMessage.of(DeviceMessage.Kind.ONLINE);
            case "offline" -> DeviceMessage.offline("Zigbee2MQTT reports " + friendlyName + " offline");
            default -> throw new IllegalArgumentException("availability is neither online nor offline: " + text);
        };
    }

    /**
     * The bridge's own state (its last will says offline): a bridge that is gone takes its devices with it; one that
     * is back publishes their availability again.
     */
    private DeviceMessage bridge(String topic, byte[] payload) {
        String text = JsonPayloads.text(payload);
        String state = text.startsWith("{")
                ? JsonPayloads.object(topic, payload).path("state").asText("")
                : text;
        return switch (state) {
            case "online" -> DeviceMessage.of(DeviceMessage.Kind.IGNORED);
            case "offline" -> DeviceMessage.offline("Zigbee2MQTT bridge offline");
            default -> throw new IllegalArgumentException("bridge state is neither online nor offline: " + text);
        };
    }

    private synchronized DeviceMessage exposes(byte[] payload) {
        JsonNode devices;
        try {
            devices = Json.MAPPER.readTree(payload);
        } catch (Exception e) {
            throw new IllegalArgumentException("bridge/devices is not JSON");
        }
        Map<String, Z2mProperty> exposed =
                Z2mExposes.of(devices == null ? Json.MAPPER.nullNode() : devices, friendlyName);
        if (exposed == null || exposed.isEmpty()) {
            return DeviceMessage.of(DeviceMessage.Kind.IGNORED);
        }
        Map<String, ResourceDescriptor> resources = new LinkedHashMap<>();
        exposed.forEach((property, mapped) -> {
            String id = Ids.canonical(property);
            properties.put(id, mapped);
            resources.put(id, mapped.descriptor());
        });
        return new DeviceMessage(DeviceMessage.Kind.DESCRIBED, resources, null, null, null);
    }

    private DeviceMessage log(JsonNode line) {
        Matcher failed = FAILED_SET.matcher(line.path("message").asText(""));
        if (!"error".equals(line.path("level").asText())
                || !failed.matches()
                || !failed.group(2).equals(friendlyName)) {
            return DeviceMessage.of(DeviceMessage.Kind.IGNORED);
        }
        return DeviceMessage.refused(Ids.canonical(failed.group(1)), "Zigbee2MQTT: " + failed.group(3));
    }

    @Override
    public synchronized DeviceCommand command(WriteCommand write) {
        Z2mProperty property = properties.get(write.resourceId());
        if (property == null || !property.descriptor().writable()) {
            throw new IllegalArgumentException(
                    friendlyName + " has no settable property " + Ids.printable(write.resourceId()));
        }
        var set = Json.MAPPER.createObjectNode();
        set.set(property.property(), Json.MAPPER.valueToTree(property.deviceValue(write.value())));
        return new DeviceCommand(stateTopic + "/set", set.toString(), write.resourceId(), write.value());
    }

    /** Zigbee2MQTT answers {@code /get} only for the properties named; the state comes with the device's reports. */
    @Override
    public Optional<DeviceCommand> stateRequest() {
        return Optional.empty();
    }
}
