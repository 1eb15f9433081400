// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.shelly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.objectbus.bus.Json;
import io.objectbus.model.Ids;
import io.objectbus.transforms.mqttjson.DeviceCommand;
import io.objectbus.transforms.mqttjson.DeviceMessage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The adapter's RPC requests to one Shelly and their replies (https://shelly-api-docs.shelly.cloud/gen2/General/RPCProtocol):
 * each request has an id, and the reply with that id carries {@code result} or {@code error {code, message}}.
 */
final class ShellyRequests {

    private static final Pattern WRITABLE = Pattern.compile(
            "(switch|light)-(\\d+)|light-(\\d+)-brightness|cover-(\\d+)-position|thermostat-(\\d+)-setpoint");
    /** Requests older than this many ids are forgotten: a device that never answers must not fill the map. */
    private static final int REMEMBERED = 256;

    private static final String STATUS = "";

    private final String prefix;
    private final String source;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, String> sent = new ConcurrentHashMap<>();

    ShellyRequests(String prefix, String source) {
        this.prefix = prefix;
        this.source = Ids.require(source, "Shelly request source");
    }

    String replyTopic() {
        return source + "/rpc";
    }

    DeviceCommand getStatus() {
        return request(STATUS, "Shelly.GetStatus", Json.MAPPER.createObjectNode(), null);
    }

    DeviceCommand command(String resource, Object value) {
        Matcher m = WRITABLE.matcher(resource);
        if (!m.matches()) {
            throw new IllegalArgumentException("Shelly takes no command for " + Ids.printable(resource));
        }
        ObjectNode params = Json.MAPPER.createObjectNode();
        if (m.group(1) != null && value instanceof Boolean on) {
            params.put("id", Integer.parseInt(m.group(2))).put("on", on);
            return request(resource, m.group(1).equals("switch") ? "Switch.Set" : "Light.Set", params, value);
        }
        if (m.group(3) != null && value instanceof Number n) {
            params.put("id", Integer.parseInt(m.group(3))).put("brightness", Math.round(n.doubleValue()));
            return request(resource, "Light.Set", params, value);
        }
        if (m.group(4) != null && value instanceof Number n) {
            params.put("id", Integer.parseInt(m.group(4))).put("pos", Math.round(n.doubleValue()));
            return request(resource, "Cover.GoToPosition", params, value);
        }
        if (m.group(5) != null && value instanceof Number n) {
            params.put("id", Integer.parseInt(m.group(5)));
            params.putObject("config").put("target_C", n.doubleValue());
            return request(resource, "Thermostat.SetConfig", params, value);
        }
        throw new IllegalArgumentException("Shelly cannot set " + resource + " to " + value);
    }

    private DeviceCommand request(String resource, String method, ObjectNode params, Object expected) {
        long id = ids.incrementAndGet();
        sent.put(id, resource);
        sent.remove(id - REMEMBERED);
        ObjectNode frame =
                Json.MAPPER.createObjectNode().put("id", id).put("src", source).put("method", method);
        frame.set("params", params);
        return new DeviceCommand(prefix + "/rpc", frame.toString(), resource, expected);
    }

    /** A reply frame on {@code <src>/rpc}: a command taken or refused, or the status the adapter asked for. */
    DeviceMessage reply(JsonNode frame) {
        JsonNode id = frame.get("id");
        if (id == null || !id.canConvertToLong() || !(frame.has("result") || frame.has("error"))) {
            throw new IllegalArgumentException("not a Gen2 RPC reply on " + replyTopic());
        }
        String resource = sent.remove(id.asLong());
        if (resource == null) {
            return DeviceMessage.of(DeviceMessage.Kind.IGNORED);
        }
        JsonNode error = frame.get("error");
        if (error != null && resource.equals(STATUS)) {
            return DeviceMessage.of(DeviceMessage.Kind.IGNORED); // the state request is a courtesy, not a write
        }
        if (error != null) {
            String reason = "Shelly error " + error.path("code").asText("?") + ": "
                    + error.path("message").asText("");
            return DeviceMessage.refused(resource, reason);
        }
        if (resource.equals(STATUS)) {
            return ShellyMapper.values(ShellyComponents.of(frame.path("result")));
        }
        return DeviceMessage.accepted(resource);
    }
}
