// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.lorawan;

import java.io.IOException;
import java.nio.file.Path;

/** The codec a device profile names: {@code lpp}, {@code layout:<file.yaml>}, {@code class:<Java class>} or none. */
public final class Codecs {

    private Codecs() {}

    /** The codec of a profile; fails with the profile named when it cannot be made. */
    public static PayloadCodec of(String profile) {
        String p = profile == null ? "" : profile.strip();
        try {
            if (p.isEmpty() || p.equals("none")) {
                return (port, payload) -> java.util.List.of();
            }
            if (p.equals("lpp")) {
                return new CayenneLpp();
            }
            if (p.startsWith("layout:")) {
                return ByteLayout.read(Path.of(p.substring("layout:".length())));
            }
            if (p.startsWith("class:")) {
                Class<?> type = Class.forName(p.substring("class:".length()));
                return (PayloadCodec) type.getConstructor().newInstance();
            }
        } catch (IOException | ReflectiveOperationException | ClassCastException e) {
            throw new IllegalArgumentException("cannot make the payload codec '" + p + "': " + e, e);
        }
        throw new IllegalArgumentException(
                "unknown payload codec '" + p + "': lpp, layout:<file.yaml>, class:<Java class> or none");
    }
}
