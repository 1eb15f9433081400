// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random bytes of random length, fixed seed: no decoder throws, and every telegram gives values or reasons. */
class EepFuzzTest {

    private static final int ITERATIONS = 3_000;

    @Test
    void everyProfileDecoderAnswersRandomBytesWithValuesOrReasons() {
        Random random = new Random(0x5EED);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (EepProfile profile : EepRegistry.standard().all()) {
                for (int i = 0; i < ITERATIONS; i++) {
                    byte[] data = new byte[random.nextInt(16)];
                    random.nextBytes(data);
                    EepResult r = profile.decode(data, random.nextInt(256));
                    assertFalse(r.readings().isEmpty() && r.problems().isEmpty(), profile.id() + " said nothing");
                    r.problems().forEach(p -> assertFalse(p.isBlank()));
                }
            }
        });
    }

    @Test
    void everyActuatorCommandDecoderAnswersRandomBytesWithValuesOrReasons() {
        Random random = new Random(0xC0DE);
        for (EepProfile profile : EepRegistry.standard().all()) {
            if (profile instanceof EepActuator actuator) {
                for (int i = 0; i < ITERATIONS; i++) {
                    byte[] data = new byte[random.nextInt(8)];
                    random.nextBytes(data);
                    EepResult r = actuator.decodeCommand(data);
                    assertFalse(r.readings().isEmpty() && r.problems().isEmpty(), profile.id() + " said nothing");
                }
            }
        }
    }

    @Test
    void everyD201CommandIdAnswersRandomBytesWithValuesOrReasons() {
        // Random first bytes rarely carry a given command ID: here each of the 16 gets its share, so the table-driven
        // configuration commands (CMD 2, 5) and reports (CMD 4, 7) see random lengths and field values.
        Random random = new Random(0xD2);
        EepActuator d201 =
                EepRegistry.standard().actuator(EepId.parse("D2-01-12")).orElseThrow();
        for (int i = 0; i < ITERATIONS * 4; i++) {
            byte[] data = new byte[1 + random.nextInt(8)];
            random.nextBytes(data);
            data[0] = (byte) ((data[0] & 0xF0) | (i & 0x0F));
            for (EepResult r : new EepResult[] {d201.decodeCommand(data), d201.decode(data, 0)}) {
                assertFalse(r.readings().isEmpty() && r.problems().isEmpty(), "D2-01 said nothing");
                r.problems().forEach(p -> assertFalse(p.isBlank()));
            }
        }
    }

    @Test
    void teachInParsersNeverThrowOnRandomBytes() {
        Random random = new Random(0x7EAC);
        for (int i = 0; i < 20_000; i++) {
            byte[] data = new byte[random.nextInt(10)];
            random.nextBytes(data);
            FourBsTeachIn.Serializer.decode(data);
            UteTeachIn.Serializer.decode(data);
            UteResponse.Serializer.decode(data);
        }
    }
}
