// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.frame;

/**
 * The answer to CO_RD_IDBASE (ESP3 clause 2.5.9): response data is the base ID (4 bytes, 0xFF800000..0xFFFFFF80);
 * optional data is the number of remaining write cycles for the base ID (1 byte). The gateway may send from the base
 * ID and the 127 IDs after it.
 *
 * @param baseId                32-bit base ID
 * @param remainingWriteCycles  remaining CO_WR_IDBASE cycles, or -1 when the gateway did not say
 */
public record BaseIdInfo(int baseId, int remainingWriteCycles) {

    /** How many sender IDs a base ID opens, from the base ID on. */
    public static final int RANGE = 128;

    /** The sender ID {@code offset} places after the base ID, 0..127. */
    public int senderId(int offset) {
        if (offset < 0 || offset >= RANGE) {
            throw new IllegalArgumentException("base ID offset out of range 0..127: " + offset);
        }
        return baseId + offset;
    }

    @Override
    public String toString() {
        return "BaseIdInfo[baseId=" + EnoceanIds.toHex(baseId) + ", remainingWriteCycles=" + remainingWriteCycles + "]";
    }

    /** Converts between base ID information and the RESPONSE that carries it. */
    public static final class Serializer {

        private Serializer() {}

        public static Response encode(BaseIdInfo b) {
            byte[] data = new byte[4];
            EnoceanIds.write(b.baseId, data, 0);
            byte[] optional = b.remainingWriteCycles < 0 ? new byte[0] : new byte[] {(byte) b.remainingWriteCycles};
            return new Response(ReturnCode.RET_OK.code(), data, optional);
        }

        /** @throws FrameException when the response is not RET_OK or has fewer than 4 data bytes */
        public static BaseIdInfo decode(Response r) throws FrameException {
            byte[] d = r.data();
            if (!r.ok() || d.length < 4) {
                throw new FrameException("CO_RD_IDBASE answered " + r.returnCode() + " with " + d.length + " bytes");
            }
            byte[] o = r.optionalData();
            return new BaseIdInfo(EnoceanIds.read(d, 0), o.length > 0 ? o[0] & 0xFF : -1);
        }
    }
}
