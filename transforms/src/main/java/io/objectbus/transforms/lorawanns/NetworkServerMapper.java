// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.lorawanns;

import java.util.List;

/**
 * The MQTT integration of one application of a LoRaWAN network server (ChirpStack v4, The Things Stack v3): its
 * event topics and JSON to bus values, and downlinks to its downlink topic and JSON.
 */
public interface NetworkServerMapper {

    /** The protocol name of the devices' objects ({@code chirpstack}, {@code thingsstack}). */
    String protocol();

    /** The MQTT topic filters the application's events come on. */
    List<String> topics();

    /**
     * What an event of the application means.
     *
     * @throws IllegalArgumentException for a payload this mapping cannot read, with the reason
     */
    NsEvent read(String topic, byte[] payload);

    /** The network server's message that queues {@code downlink} for {@code device}. */
    Downlink downlink(String device, DownlinkRequest downlink);

    /** A message to publish. */
    record Downlink(String topic, String payload) {}
}
