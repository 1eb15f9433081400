// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.lorawan;

import java.util.ArrayList;
import java.util.List;

/**
 * Cayenne Low Power Payload: a sequence of channel (1 byte) | type (1 byte) | value (size of the type, big-endian)
 * records. A channel's value becomes resource {@code <type name><channel>}, e.g. {@code temperature3}; multi-value
 * types add the axis or colour ({@code accelerationX6}, {@code colourR2}); GPS gives {@code latitude1},
 * {@code longitude1}, {@code altitude1}. Every port is decoded as LPP.
 */
public final class CayenneLpp implements PayloadCodec {

    @Override
    public List<Measurement> decode(int fPort, byte[] payload) throws PayloadException {
        List<Measurement> out = new ArrayList<>();
        int i = 0;
        while (i < payload.length) {
            if (i + 2 > payload.length) {
                throw new PayloadException("LPP record at byte " + i + " has no type");
            }
            int channel = payload[i] & 0xFF;
            LppType type = LppType.of(payload[i + 1] & 0xFF);
            if (type == null) {
                throw new PayloadException("unknown LPP type " + (payload[i + 1] & 0xFF) + " at byte " + (i + 1));
            }
            if (i + 2 + type.size() > payload.length) {
                throw new PayloadException("LPP " + type.name + " on channel " + channel + " is truncated");
            }
            i = read(type, channel, payload, i + 2, out);
        }
        return out;
    }

    private static int read(LppType type, int channel, byte[] payload, int at, List<Measurement> out) {
        for (LppType.Part part : type.parts) {
            long raw = Bytes.read(payload, at, part.size(), part.signed(), false);
            at += part.size();
            String name = part.replacesName() ? part.suffix() + channel : type.name + part.suffix() + channel;
            out.add(new Measurement(name, value(part, raw), part.unit()));
        }
        return at;
    }

    private static Object value(LppType.Part part, long raw) {
        if (part.scale() == 1) {
            return raw;
        }
        return Math.round(raw * part.scale() * 1e6) / 1e6;
    }
}
