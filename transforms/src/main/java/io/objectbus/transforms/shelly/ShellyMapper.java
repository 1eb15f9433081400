// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.shelly;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.WriteCommand;
import io.objectbus.transforms.mqttjson.DeviceCommand;
import io.objectbus.transforms.mqttjson.DeviceMapper;
import io.objectbus.transforms.mqttjson.DeviceMessage;
import io.objectbus.transforms.mqttjson.JsonPayloads;
import java.util.List;
import java.util.Optional;

/**
 * One Shelly Gen2 device over MQTT (https://shelly-api-docs.shelly.cloud/gen2/General/RPCChannels#mqtt):
 * {@code <prefix>/online} true/false (its last will), {@code <prefix>/events/rpc} NotifyStatus and NotifyFullStatus
 * frames, {@code <prefix>/status/<component>} status; commands are RPC requests on {@code <prefix>/rpc} whose replies
 * come on {@code <src>/rpc}.
 */
public final class ShellyMapper implements DeviceMapper {

    private final String prefix;
    private final ShellyRequests requests;

    /** @param source the {@code src} of the adapter's requests: the device answers on {@code <source>/rpc} */
    public ShellyMapper(String prefix, String source) {
        if (prefix == null || prefix.isBlank() || prefix.contains("+") || prefix.contains("#")) {
            throw new IllegalArgumentException("a Shelly prefix is a topic without wildcards: " + prefix);
        }
        this.prefix = prefix;
        this.requests = new ShellyRequests(prefix, source);
    }

    @Override
    public String protocol() {
        return "shelly";
    }

    @Override
    public String address() {
        return prefix;
    }

    @Override
    public List<String> topics() {
        return List.of(prefix + "/online", prefix + "/events/rpc", prefix + "/status/+", requests.replyTopic());
    }

    @Override
    public DeviceMessage read(String topic, byte[] payload) {
        if (topic.equals(prefix + "/online")) {
            return online(JsonPayloads.text(payload));
        }
        if (topic.equals(requests.replyTopic())) {
            return requests.reply(JsonPayloads.object(topic, payload));
        }
        if (topic.startsWith(prefix + "/status/")) {
            ShellyComponents components = new ShellyComponents();
            String component = topic.substring(prefix.length() + "/status/".length());
            components.component(component, JsonPayloads.object(topic, payload));
            return values(components);
        }
        if (topic.equals(prefix + "/events/rpc")) {
            return notification(topic, JsonPayloads.object(topic, payload));
        }
        return DeviceMessage.of(DeviceMessage.Kind.IGNORED);
    }

    private static DeviceMessage online(String state) {
        return switch (state) {
            case "true" -> DeviceMessage.of(DeviceMessage.Kind.ONLINE);
            case "false" -> DeviceMessage.offline("Shelly device offline");
            default -> throw new IllegalArgumentException("online is neither true nor false: " + state);
        };
    }

    /** A notification frame: {@code {"src":…,"dst":…,"method":"NotifyStatus","params":{…}}}. */
    private static DeviceMessage notification(String topic, JsonNode frame) {
        String method = frame.path("method").asText("");
        JsonNode params = frame.get("params");
        if (!frame.path("src").isTextual() || method.isEmpty() || params == null || !params.isObject()) {
            throw new IllegalArgumentException("not a Gen2 RPC notification on " + topic + " (unknown firmware?)");
        }
        return switch (method) {
            case "NotifyStatus", "NotifyFullStatus" -> values(ShellyComponents.of(params));
            default -> DeviceMessage.of(DeviceMessage.Kind.IGNORED); // NotifyEvent: button presses and the like
        };
    }

    static DeviceMessage values(ShellyComponents components) {
        return components.values.isEmpty()
                ? DeviceMessage.of(DeviceMessage.Kind.IGNORED)
                : DeviceMessage.values(components.resources, components.values);
    }

    @Override
    public DeviceCommand command(WriteCommand write) {
        return requests.command(write.resourceId(), write.value());
    }

    @Override
    public Optional<DeviceCommand> stateRequest() {
        return Optional.of(requests.getStatus());
    }
}
