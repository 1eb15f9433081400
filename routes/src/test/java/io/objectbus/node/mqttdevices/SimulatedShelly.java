// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.mqttdevices;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import java.util.List;
import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * A Shelly Plus 1PM over MQTT (https://shelly-api-docs.shelly.cloud/gen2/General/RPCChannels#mqtt): {@code
 * <prefix>/online} true, false as its last will; NotifyFullStatus and NotifyStatus on {@code <prefix>/events/rpc};
 * RPC requests on {@code <prefix>/rpc} answered on {@code <src>/rpc} with {@code result} or {@code error}.
 */
final class SimulatedShelly extends SimulatedDevice {

    static final String ID = "shellyplus1pm-441793d69718";
    static final String REFUSAL = "Shelly error -108: Failed precondition: overpower protection active";

    private final String prefix;
    private volatile boolean output;

    SimulatedShelly(String prefix) {
        super(ID);
        this.prefix = prefix;
    }

    boolean output() {
        return output;
    }

    @Override
    String willTopic() {
        return prefix + "/online";
    }

    @Override
    String willPayload() {
        return "false";
    }

    @Override
    List<String> commandTopics() {
        return List.of(prefix + "/rpc");
    }

    @Override
    void connected() throws MqttException {
        publish(willTopic(), "true", true);
        notify("NotifyFullStatus", status());
    }

    @Override
    void command(String topic, String payload) throws Exception {
        JsonNode request = Json.MAPPER.readTree(payload);
        String replies = request.path("src").asText() + "/rpc";
        long id = request.path("id").asLong();
        switch (request.path("method").asText()) {
            case "Shelly.GetStatus" -> reply(replies, id, "\"result\":" + status());
            case "Switch.Set" -> set(replies, id, request.path("params"));
            default -> reply(replies, id, "\"error\":{\"code\":404,\"message\":\"No handler for method\"}");
        }
    }

    private void set(String replies, long id, JsonNode params) throws MqttException {
        if (params.path("id").asInt(-1) != 0) {
            reply(replies, id, "\"error\":{\"code\":-103,\"message\":\"Invalid argument 'id': no such component\"}");
        } else if (refusing()) {
            reply(
                    replies,
                    id,
                    "\"error\":{\"code\":-108,\"message\":\"Failed precondition: overpower protection active\"}");
        } else {
            boolean wasOn = output;
            output = params.path("on").asBoolean();
            reply(replies, id, "\"result\":{\"was_on\":" + wasOn + "}");
            if (wasOn != output) {
                notify(
                        "NotifyStatus",
                        "{\"ts\":1631186545.04,\"switch:0\":{\"id\":0,\"output\":" + output + ",\"source\":\"MQTT\"}}");
            }
        }
    }

    private void reply(String topic, long id, String body) throws MqttException {
        publish(topic, "{\"id\":" + id + ",\"src\":\"" + ID + "\",\"dst\":\"objectbus\"," + body + "}", false);
    }

    private void notify(String method, String params) throws MqttException {
        publish(
                prefix + "/events/rpc",
                "{\"src\":\"" + ID + "\",\"dst\":\"" + prefix + "/events\",\"method\":\"" + method + "\",\"params\":"
                        + params + "}",
                false);
    }

    /** The status of the documentation's Plus 1PM example, with the relay as it is. */
    private String status() {
        return """
                {"ts":1654522800.00,"ble":{},"cloud":{"connected":true},"input:0":{"id":0,"state":false},\
                "mqtt":{"connected":true},"switch:0":{"id":0,"source":"init","output":%s,"apower":0.0,\
                "voltage":231.2,"current":0.000,"aenergy":{"total":11.679,"by_minute":[0.000,0.000,0.000],\
                "minute_ts":1654522799},"temperature":{"tC":53.3,"tF":127.9}},\
                "sys":{"mac":"441793D69718","restart_required":false,"uptime":2045}}"""
                .formatted(output);
    }
}
