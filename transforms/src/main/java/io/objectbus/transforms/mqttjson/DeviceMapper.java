// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.mqttjson;

import io.objectbus.bus.WriteCommand;
import java.util.List;
import java.util.Optional;

/**
 * The mapping of one MQTT device that speaks its own JSON (Tasmota, Shelly Gen2, Zigbee2MQTT): its topics and
 * payloads to bus resources and values, and bus writes to its commands. One instance per device: a mapper may
 * remember what it sent (a Shelly request id) to match the replies.
 */
public interface DeviceMapper {

    /** The protocol name of the device's objects ({@code tasmota}, {@code shelly}, {@code zigbee2mqtt}). */
    String protocol();

    /** The device's address as its objects show it (its topic or prefix). */
    String address();

    /** The MQTT topic filters the device publishes on. */
    List<String> topics();

    /**
     * What a message of the device means.
     *
     * @throws IllegalArgumentException for a payload this mapping cannot read: garbage or an unknown firmware's
     */
    DeviceMessage read(String topic, byte[] payload);

    /**
     * The device's command for a bus write.
     *
     * @throws IllegalArgumentException for a resource the device takes no command for, or a value it cannot take
     */
    DeviceCommand command(WriteCommand write);

    /** A request that makes the device publish its whole state (sent when the adapter starts), if it has one. */
    Optional<DeviceCommand> stateRequest();
}
