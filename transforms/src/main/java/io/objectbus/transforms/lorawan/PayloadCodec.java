// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.lorawan;

import java.util.List;

/**
 * Turns a device's decrypted FRMPayload into measurements. A device profile names one: {@code lpp} (Cayenne LPP), a
 * {@link ByteLayout} in YAML, or a Java class implementing this interface with a public no-argument constructor.
 */
public interface PayloadCodec {

    /** The measurements of one uplink on fPort; an empty list for a port the codec does not handle. */
    List<Measurement> decode(int fPort, byte[] payload) throws PayloadException;
}
