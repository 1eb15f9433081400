// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import io.objectbus.component.enocean.frame.Erp1Telegram;
import java.util.List;
import java.util.Map;

/**
 * An EnOcean Equipment Profile: how the telegrams a device sends map to resource values, and back. Decoding never
 * throws for bad data: it reports a reason in the result.
 */
public interface EepProfile {

    EepId id();

    /** The profile's title in the specification, e.g. "Temperature Sensor Range 0°C to +40°C". */
    String title();

    /** The resources the device's telegrams carry. */
    List<ResourceSpec> resources();

    /** Decodes the user data (without RORG, sender and status) and the status byte of a device telegram. */
    EepResult decode(byte[] data, int status);

    /** Builds the telegram a device of this profile would send for these values (tests, simulation, gateways). */
    EepData encode(Map<String, Object> values);

    /** Decodes a received telegram, rejecting one whose RORG does not belong to this profile. */
    default EepResult decode(Erp1Telegram telegram) {
        if (telegram.rorg() != id().rorg()) {
            return EepResult.rejected(
                    String.format("telegram RORG %02X does not match profile %s", telegram.rorg(), id()));
        }
        return decode(telegram.userData(), telegram.status());
    }
}
