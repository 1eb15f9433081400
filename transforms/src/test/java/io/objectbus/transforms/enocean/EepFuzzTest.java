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
