// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.frame;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A COMMON_COMMAND packet (ESP3 clause 2.5, packet type 5): a request to the gateway module itself.
 *
 * <pre>
 * Data           command code (1), command parameters (n)
 * Optional data  command specific (m)
 * </pre>
 *
 * @param code         raw command code, 0..255 (see {@link CommonCommandCode})
 * @param parameters   the parameters after the command code
 * @param optionalData optional data
 */
public record CommonCommand(int code, byte[] parameters, byte[] optionalData) {

    public CommonCommand {
        parameters = parameters == null ? new byte[0] : parameters.clone();
        optionalData = optionalData == null ? new byte[0] : optionalData.clone();
    }

    /** A command without parameters. */
    public static CommonCommand of(CommonCommandCode code) {
        return new CommonCommand(code.code(), new byte[0], new byte[0]);
    }

    /** CO_RD_VERSION (clause 2.5.3), answered with a {@link VersionInfo}. */
    public static CommonCommand readVersion() {
        return of(CommonCommandCode.CO_RD_VERSION);
    }

    /** CO_RD_IDBASE (clause 2.5.9), answered with a {@link BaseIdInfo}. */
    public static CommonCommand readIdBase() {
        return of(CommonCommandCode.CO_RD_IDBASE);
    }

    /** CO_RD_LEARNMODE (clause 2.5.25), answered with a {@link LearnModeInfo}. */
    public static CommonCommand readLearnMode() {
        return of(CommonCommandCode.CO_RD_LEARNMODE);
    }

    /**
     * CO_WR_LEARNMODE (clause 2.5.24): enable (1 byte, 0/1) and timeout (4 bytes, ms, 0 = the module's default of 60
     * s). Only gateways with a learn mode of their own (Smart Ack, secure teach-in) support it; others answer
     * RET_NOT_SUPPORTED.
     */
    public static CommonCommand writeLearnMode(boolean enable, long timeoutMillis) {
        if (timeoutMillis < 0 || timeoutMillis > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("learn mode timeout out of range: " + timeoutMillis);
        }
        byte[] p = new byte[5];
        p[0] = (byte) (enable ? 1 : 0);
        EnoceanIds.write((int) timeoutMillis, p, 1);
        return new CommonCommand(CommonCommandCode.CO_WR_LEARNMODE.code(), p, new byte[0]);
    }

    @Override
    public byte[] parameters() {
        return parameters.clone();
    }

    @Override
    public byte[] optionalData() {
        return optionalData.clone();
    }

    /** The command name, or its number when unknown. */
    public String name() {
        return CommonCommandCode.of(code).map(Enum::name).orElse("CO_" + code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommonCommand c
                && c.code == code
                && Arrays.equals(c.parameters, parameters)
                && Arrays.equals(c.optionalData, optionalData);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * code + Arrays.hashCode(parameters)) + Arrays.hashCode(optionalData);
    }

    @Override
    public String toString() {
        return "CommonCommand[" + name() + " " + HexFormat.of().withUpperCase().formatHex(parameters) + "]";
    }

    /** Converts between commands and COMMON_COMMAND packets. */
    public static final class Serializer {

        private Serializer() {}

        public static Esp3Packet encode(CommonCommand c) {
            byte[] data = new byte[c.parameters.length + 1];
            data[0] = (byte) c.code;
            System.arraycopy(c.parameters, 0, data, 1, c.parameters.length);
            return new Esp3Packet(PacketType.COMMON_COMMAND, data, c.optionalData);
        }

        /** @throws FrameException when the packet is not a COMMON_COMMAND or has no command code */
        public static CommonCommand decode(Esp3Packet packet) throws FrameException {
            byte[] data = packet.data();
            if (!packet.is(PacketType.COMMON_COMMAND) || data.length < 1) {
                throw new FrameException("not a COMMON_COMMAND packet with a command code");
            }
            return new CommonCommand(data[0] & 0xFF, Arrays.copyOfRange(data, 1, data.length), packet.optionalData());
        }
    }
}
