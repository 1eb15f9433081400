// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.bus.ValueCoercion;
import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.model.ObjectDescriptor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random telegrams for random known devices (fixed seed): the normaliser never throws, every value it gives fits its
 * resource's descriptor, and every telegram it cannot fully use is named in the problems.
 */
class NormaliserFuzzTest {

    private static final int TELEGRAMS = 30_000;
    private static final int[] RORGS = {0xF6, 0xD5, 0xA5, 0xD2, 0xD4, 0x30};

    @Test
    void randomTelegramsForRandomProfilesNeverThrowAndGiveOnlyValidValues() {
        Random random = new Random(0xE0CE);
        EnoceanNormaliser normaliser = new EnoceanNormaliser(EepRegistry.standard());
        List<EepProfile> profiles = new ArrayList<>(EepRegistry.standard().all());
        int withProblems = 0;
        for (int i = 0; i < TELEGRAMS; i++) {
            EepProfile profile = profiles.get(random.nextInt(profiles.size()));
            EnoceanDevice device = device(random, profile);
            Erp1Telegram telegram = telegram(random, profile);
            EnoceanNormaliser.Normalised n = normaliser.normalise(device, telegram, Instant.EPOCH);
            assertValid(normaliser.describe(device), n);
            if (!n.problems().isEmpty()) {
                withProblems++;
            }
        }
        // Random bytes are mostly wrong: the problems must say so rather than stay silent.
        assertThat(withProblems).isGreaterThan(TELEGRAMS / 4);
    }

    private static EnoceanDevice device(Random random, EepProfile profile) {
        Integer channels = random.nextBoolean() ? null : 1 + random.nextInt(4);
        return new EnoceanDevice(
                String.format("%08X", random.nextInt()),
                profile.id().toString(),
                null,
                null,
                channels,
                null,
                null,
                null,
                null,
                EnoceanDevice.CONFIG,
                null);
    }

    private static Erp1Telegram telegram(Random random, EepProfile profile) {
        int rorg = random.nextInt(4) == 0
                ? RORGS[random.nextInt(RORGS.length)]
                : profile.id().rorg();
        byte[] data = new byte[random.nextInt(4) == 0 ? random.nextInt(15) : lengthOf(rorg)];
        random.nextBytes(data);
        int dbm = random.nextBoolean() ? -random.nextInt(256) : Erp1Telegram.NO_DBM;
        return new Erp1Telegram(rorg, data, random.nextInt(), random.nextInt(256), 1, -1, dbm, 0);
    }

    private static int lengthOf(int rorg) {
        return switch (rorg) {
            case 0xA5 -> 4;
            case 0xD2 -> 3;
            case 0xD4 -> 7;
            default -> 1;
        };
    }

    private static void assertValid(ObjectDescriptor object, EnoceanNormaliser.Normalised n) {
        assertThat(n.values()).containsKey("last-seen");
        for (Map.Entry<String, Object> value : n.values().entrySet()) {
            assertThat(object.resources()).containsKey(value.getKey());
            ValueCoercion.coerce(object.resources().get(value.getKey()), value.getValue());
        }
        n.problems().forEach(p -> assertThat(p).isNotBlank());
    }
}
