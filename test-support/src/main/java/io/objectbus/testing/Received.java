// SPDX-License-Identifier: Apache-2.0
package io.objectbus.testing;

import java.nio.charset.StandardCharsets;

/** A message a test client received. */
public record Received(String topic, byte[] payload, boolean retained, int qos, byte[] correlationData) {

    public String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return topic + (retained ? " (retained) " : " ") + text();
    }
}
