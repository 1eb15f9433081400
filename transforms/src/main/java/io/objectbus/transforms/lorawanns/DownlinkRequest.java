// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.lorawanns;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One downlink as the adapter asks for it.
 *
 * @param fPort the LoRaWAN port, 1 to 223
 * @param confirmed whether the device must acknowledge it
 * @param object the JSON object the network server's downlink encoder turns into bytes, or null
 * @param bytes the raw FRMPayload when there is no object
 */
public record DownlinkRequest(int fPort, boolean confirmed, JsonNode object, byte[] bytes) {

    public DownlinkRequest {
        if (fPort < 1 || fPort > 223) {
            throw new IllegalArgumentException("a downlink's fPort is 1 to 223, not " + fPort);
        }
        if ((object == null) == (bytes == null)) {
            throw new IllegalArgumentException("a downlink carries either an object or bytes");
        }
    }
}
