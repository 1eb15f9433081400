// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.objectbus.component.lorawan.frame.DataFrame;
import io.objectbus.component.lorawan.frame.FrameException;
import io.objectbus.component.lorawan.frame.JoinAccept;
import io.objectbus.component.lorawan.frame.JoinRequest;
import io.objectbus.component.lorawan.gwmp.GwmpPacket;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Garbage of every length fed to the decoders: a FrameException or a frame, never anything else. */
class DecoderFuzzTest {

    private static final int ROUNDS = 200_000;

    @Test
    void thePhyPayloadDecodersOnlyEverRefuseGarbageWithAFrameException() {
        Random random = new Random(13);
        byte[] key = new byte[16];
        assertThatCode(() -> {
                    for (int i = 0; i < ROUNDS; i++) {
                        byte[] data = garbage(random, 40);
                        decodeQuietly(() -> DataFrame.Serializer.decode(data));
                        decodeQuietly(() -> JoinRequest.Serializer.decode(data));
                        decodeQuietly(() -> JoinAccept.Serializer.decode(data, key));
                    }
                })
                .doesNotThrowAnyException();
    }

    @Test
    void theGwmpDecoderOnlyEverRefusesGarbageWithAFrameException() {
        Random random = new Random(1700);
        assertThatCode(() -> {
                    for (int i = 0; i < ROUNDS; i++) {
                        byte[] data = garbage(random, 30);
                        if (i % 2 == 0 && data.length > 3) {
                            data[0] = 2; // a valid version, so the rest of the header is exercised too
                            data[3] = (byte) (data[3] & 0x07);
                        }
                        byte[] datagram = data;
                        decodeQuietly(() -> GwmpPacket.Serializer.decode(datagram, datagram.length));
                    }
                })
                .doesNotThrowAnyException();
    }

    private static byte[] garbage(Random random, int maxLength) {
        byte[] data = new byte[random.nextInt(maxLength)];
        random.nextBytes(data);
        return data;
    }

    private interface Decode {
        Object run() throws FrameException;
    }

    private static void decodeQuietly(Decode decode) {
        try {
            decode.run();
        } catch (FrameException expected) {
            // refused with a reason: what garbage should get
        }
    }
}
