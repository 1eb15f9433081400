// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.frame;

/**
 * The answer to CO_RD_LEARNMODE (ESP3 clause 2.5.25): response data is Enable (1 byte: 0 learn mode off, 1 on);
 * optional data is the channel (1 byte).
 *
 * @param enabled whether the gateway is in learn mode
 * @param channel the learn channel, or -1 when the gateway did not say
 */
public record LearnModeInfo(boolean enabled, int channel) {

    /** Converts between learn mode information and the RESPONSE that carries it. */
    public static final class Serializer {

        private Serializer() {}

        public static Response encode(LearnModeInfo l) {
            byte[] optional = l.channel < 0 ? new byte[0] : new byte[] {(byte) l.channel};
            return new Response(ReturnCode.RET_OK.code(), new byte[] {(byte) (l.enabled ? 1 : 0)}, optional);
        }

        /** @throws FrameException when the response is not RET_OK or has no data byte */
        public static LearnModeInfo decode(Response r) throws FrameException {
            byte[] d = r.data();
            if (!r.ok() || d.length < 1) {
                throw new FrameException("CO_RD_LEARNMODE answered " + r.returnCode() + " with " + d.length + " bytes");
            }
            byte[] o = r.optionalData();
            return new LearnModeInfo(d[0] != 0, o.length > 0 ? o[0] & 0xFF : -1);
        }
    }
}
