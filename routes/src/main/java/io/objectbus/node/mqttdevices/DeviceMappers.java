// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.mqttdevices;

import io.objectbus.transforms.mqttjson.DeviceMapper;
import io.objectbus.transforms.shelly.ShellyMapper;
import io.objectbus.transforms.tasmota.TasmotaMapper;
import io.objectbus.transforms.zigbee2mqtt.Zigbee2MqttMapper;

/** The mapper of a device kamelet's family. */
final class DeviceMappers {

    private DeviceMappers() {}

    /**
     * @param device the Tasmota topic, the Shelly prefix, or the Zigbee2MQTT friendly name
     * @param base the Zigbee2MQTT base topic (unused by the others)
     */
    static DeviceMapper of(String protocol, String name, String device, String base) {
        return switch (protocol) {
            case "tasmota" -> new TasmotaMapper(device);
            case "shelly" -> new ShellyMapper(device, replySource(name));
            case "zigbee2mqtt" -> new Zigbee2MqttMapper(base, device);
            default -> throw new IllegalArgumentException("no MQTT device family " + protocol);
        };
    }

    /** The {@code src} of a Shelly adapter's requests: the device replies on {@code objectbus-<name>/rpc}. */
    static String replySource(String name) {
        return "objectbus-" + name;
    }
}
