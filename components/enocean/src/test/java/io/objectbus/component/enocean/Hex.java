// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean;

import java.util.HexFormat;

/** Test vectors as they are printed in specifications: hex pairs separated by spaces. */
public final class Hex {

    private Hex() {}

    public static byte[] bytes(String spaced) {
        return HexFormat.of().parseHex(spaced.replaceAll("[\\s:]", ""));
    }

    public static String of(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }
}
