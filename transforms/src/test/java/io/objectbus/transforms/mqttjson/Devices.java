// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.mqttjson;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.transforms.shelly.ShellyMapper;
import io.objectbus.transforms.tasmota.TasmotaMapper;
import io.objectbus.transforms.zigbee2mqtt.Zigbee2MqttMapper;

/** The mapper of a golden case's device: the file's name says the family, its {@code device} field the device. */
final class Devices {

    private Devices() {}

    static DeviceMapper mapper(String family, JsonNode device) {
        return switch (family) {
            case "tasmota" -> new TasmotaMapper(device.path("topic").asText());
            case "shelly" ->
                new ShellyMapper(
                        device.path("prefix").asText(), device.path("source").asText());
            case "zigbee2mqtt" ->
                new Zigbee2MqttMapper(
                        device.path("base").asText(),
                        device.path("friendlyName").asText());
            default -> throw new IllegalArgumentException("no mapper for " + family);
        };
    }
}
