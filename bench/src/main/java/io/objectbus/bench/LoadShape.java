// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import java.nio.charset.StandardCharsets;

/**
 * The topics and payloads of a load: {@code pass:<prefix>:<topics>:<splits>} spreads values round-robin over
 * {@code topics} topics {@code <prefix><topic % splits>/<topic>}, so that {@code splits} subscribers of
 * {@code <prefix><k>/#} share them; {@code raw:<objects>:<resources>} sends raw device JSON on {@code raw/o-<n>} for
 * the node's normaliser route. Every payload is about 100 bytes of JSON starting with its send time in microseconds,
 * written in place into a prepared template.
 */
final class LoadShape {

    private static final int TIME_DIGITS = 16;

    private final byte[][] topics;
    private final byte[][] payloads;
    private final int timeAt;

    private LoadShape(byte[][] topics, byte[][] payloads) {
        this.topics = topics;
        this.payloads = payloads;
        this.timeAt = "{\"v\":".length();
    }

    static LoadShape parse(String spec) {
        String[] p = spec.split(":");
        if (p[0].equals("pass")) {
            int count = Integer.parseInt(p[2]);
            int splits = Integer.parseInt(p[3]);
            byte[][] topics = new byte[count][];
            byte[][] payloads = new byte[count][];
            for (int t = 0; t < count; t++) {
                topics[t] = bytes(p[1] + (t % splits) + "/" + t);
                payloads[t] = template("d", "r");
            }
            return new LoadShape(topics, payloads);
        }
        int objects = Integer.parseInt(p[1]);
        int resources = Integer.parseInt(p[2]);
        byte[][] topics = new byte[objects * resources][];
        byte[][] payloads = new byte[objects * resources][];
        for (int slot = 0; slot < topics.length; slot++) {
            topics[slot] = bytes("raw/o-" + slot / resources);
            payloads[slot] = template("o-" + slot / resources, "r" + slot % resources);
        }
        return new LoadShape(topics, payloads);
    }

    byte[] topic(long i) {
        return topics[(int) (i % topics.length)];
    }

    /** The i-th payload with the time now; the array is reused, so it must be copied or sent before the next. */
    byte[] payload(long i) {
        byte[] payload = payloads[(int) (i % payloads.length)];
        long now = Clocks.epochMicros();
        for (int d = timeAt + TIME_DIGITS - 1; d >= timeAt; d--) {
            payload[d] = (byte) ('0' + now % 10);
            now /= 10;
        }
        return payload;
    }

    private static byte[] template(String device, String resource) {
        return Publisher.payload(device, resource);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
