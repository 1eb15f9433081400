// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.frame;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The answer to CO_RD_VERSION (ESP3 clause 2.5.3): response data after RET_OK is
 *
 * <pre>
 * APP version       4  main, beta, alpha, build
 * API version       4  main, beta, alpha, build
 * Chip ID           4  the module's unique ID
 * Chip version      4  reserved for internal use
 * APP description  16  ASCII, zero-padded
 * </pre>
 *
 * @param appVersion  application version, dotted, e.g. {@code 2.11.1.0}
 * @param apiVersion  API version, dotted
 * @param chipId      the module's 32-bit chip ID
 * @param chipVersion the 32-bit chip version
 * @param description the application description, trailing zeros removed
 */
public record VersionInfo(String appVersion, String apiVersion, int chipId, int chipVersion, String description) {

    /** Length of the response data after the return code. */
    public static final int LENGTH = 32;

    /** Converts between version information and the RESPONSE that carries it. */
    public static final class Serializer {

        private Serializer() {}

        public static Response encode(VersionInfo v) {
            byte[] data = new byte[LENGTH];
            writeVersion(v.appVersion, data, 0);
            writeVersion(v.apiVersion, data, 4);
            EnoceanIds.write(v.chipId, data, 8);
            EnoceanIds.write(v.chipVersion, data, 12);
            byte[] text = v.description.getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(text, 0, data, 16, Math.min(16, text.length));
            return new Response(ReturnCode.RET_OK.code(), data, new byte[0]);
        }

        /** @throws FrameException when the response is not RET_OK or shorter than 32 data bytes */
        public static VersionInfo decode(Response r) throws FrameException {
            byte[] d = r.data();
            if (!r.ok() || d.length < LENGTH) {
                throw new FrameException("CO_RD_VERSION answered " + r.returnCode() + " with " + d.length + " bytes");
            }
            String text = new String(Arrays.copyOfRange(d, 16, 32), StandardCharsets.US_ASCII);
            int end = text.indexOf('\0');
            return new VersionInfo(
                    readVersion(d, 0),
                    readVersion(d, 4),
                    EnoceanIds.read(d, 8),
                    EnoceanIds.read(d, 12),
                    end < 0 ? text : text.substring(0, end));
        }

        private static String readVersion(byte[] d, int offset) {
            return (d[offset] & 0xFF) + "." + (d[offset + 1] & 0xFF) + "." + (d[offset + 2] & 0xFF) + "."
                    + (d[offset + 3] & 0xFF);
        }

        private static void writeVersion(String version, byte[] d, int offset) {
            String[] parts = version.split("\\.");
            for (int i = 0; i < 4 && i < parts.length; i++) {
                d[offset + i] = (byte) Integer.parseInt(parts[i]);
            }
        }
    }
}
