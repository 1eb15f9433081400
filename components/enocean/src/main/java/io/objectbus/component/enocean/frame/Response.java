// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.frame;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A RESPONSE packet (ESP3 clause 2.2, packet type 2): the gateway's answer to every packet sent to it, in order.
 *
 * <pre>
 * Data           return code (1), response data (n, command specific)
 * Optional data  command specific (m)
 * </pre>
 *
 * @param code         the raw return code, 0..255
 * @param data         the response data after the return code
 * @param optionalData the optional data
 */
public record Response(int code, byte[] data, byte[] optionalData) {

    public Response {
        data = data == null ? new byte[0] : data.clone();
        optionalData = optionalData == null ? new byte[0] : optionalData.clone();
    }

    /** A response with the given return code and no data. */
    public static Response of(ReturnCode code) {
        return new Response(code.code(), new byte[0], new byte[0]);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public byte[] optionalData() {
        return optionalData.clone();
    }

    /** The return code as an enum. */
    public ReturnCode returnCode() {
        return ReturnCode.of(code);
    }

    /** Whether the gateway answered RET_OK. */
    public boolean ok() {
        return code == ReturnCode.RET_OK.code();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Response r
                && r.code == code
                && Arrays.equals(r.data, data)
                && Arrays.equals(r.optionalData, optionalData);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * code + Arrays.hashCode(data)) + Arrays.hashCode(optionalData);
    }

    @Override
    public String toString() {
        return "Response[" + returnCode() + " " + HexFormat.of().withUpperCase().formatHex(data) + "]";
    }

    /** Converts between responses and RESPONSE packets. */
    public static final class Serializer {

        private Serializer() {}

        public static Esp3Packet encode(Response r) {
            byte[] data = new byte[r.data.length + 1];
            data[0] = (byte) r.code;
            System.arraycopy(r.data, 0, data, 1, r.data.length);
            return new Esp3Packet(PacketType.RESPONSE, data, r.optionalData);
        }

        /** @throws FrameException when the packet is not a RESPONSE or has no return code */
        public static Response decode(Esp3Packet packet) throws FrameException {
            if (!packet.is(PacketType.RESPONSE)) {
                throw new FrameException("not a RESPONSE packet: " + packet.packetType());
            }
            byte[] data = packet.data();
            if (data.length < 1) {
                throw new FrameException("RESPONSE without a return code");
            }
            return new Response(data[0] & 0xFF, Arrays.copyOfRange(data, 1, data.length), packet.optionalData());
        }
    }
}
