// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

import java.nio.charset.StandardCharsets;

/**
 * Marks a replayed value or event historical: {@code "hist":true} goes into its JSON object, so that automation
 * listening live does not act on it (docs/PROTOCOL.md). Only replayed messages pay for it.
 */
public final class HistPayload {

    private HistPayload() {}

    public static byte[] mark(byte[] payload) {
        String text = new String(payload, StandardCharsets.UTF_8).strip();
        if (!text.startsWith("{") || !text.endsWith("}") || text.contains("\"hist\"")) {
            return payload;
        }
        String inside = text.substring(1, text.length() - 1);
        String marked = inside.isBlank() ? "{\"hist\":true}" : text.substring(0, text.length() - 1) + ",\"hist\":true}";
        return marked.getBytes(StandardCharsets.UTF_8);
    }
}
