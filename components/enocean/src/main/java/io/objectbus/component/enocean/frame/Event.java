// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.frame;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An EVENT packet (ESP3 clause 2.4, packet type 4): something the gateway reports on its own, e.g. CO_READY after a
 * reset or CO_LRN_MODE_DISABLED when learn mode times out.
 *
 * <pre>
 * Data           event code (1), event data (n)
 * Optional data  event specific (m)
 * </pre>
 *
 * @param code         raw event code, 0..255
 * @param data         event data after the code
 * @param optionalData optional data
 */
public record Event(int code, byte[] data, byte[] optionalData) {

    public Event {
        data = data == null ? new byte[0] : data.clone();
        optionalData = optionalData == null ? new byte[0] : optionalData.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public byte[] optionalData() {
        return optionalData.clone();
    }

    public EventCode eventCode() {
        return EventCode.of(code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Event e
                && e.code == code
                && Arrays.equals(e.data, data)
                && Arrays.equals(e.optionalData, optionalData);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * code + Arrays.hashCode(data)) + Arrays.hashCode(optionalData);
    }

    @Override
    public String toString() {
        return "Event[" + eventCode() + " " + HexFormat.of().withUpperCase().formatHex(data) + "]";
    }

    /** Converts between events and EVENT packets. */
    public static final class Serializer {

        private Serializer() {}

        public static Esp3Packet encode(Event e) {
            byte[] data = new byte[e.data.length + 1];
            data[0] = (byte) e.code;
            System.arraycopy(e.data, 0, data, 1, e.data.length);
            return new Esp3Packet(PacketType.EVENT, data, e.optionalData);
        }

        /** @throws FrameException when the packet is not an EVENT or has no event code */
        public static Event decode(Esp3Packet packet) throws FrameException {
            if (!packet.is(PacketType.EVENT) || packet.data().length < 1) {
                throw new FrameException("not an EVENT packet with an event code");
            }
            byte[] data = packet.data();
            return new Event(data[0] & 0xFF, Arrays.copyOfRange(data, 1, data.length), packet.optionalData());
        }
    }
}
