// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.EventMessage;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.component.dali.frame.FrameException;
import io.objectbus.component.dali.frame.OccupancyEvent;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Garbage into the gateway-response, backward-frame and event decoders: a value or a FrameException, nothing else. */
class DecoderFuzzTest {

    private final Random random = new Random(62386);

    @Test
    void randomGatewayAnswersDecodeOrAreRefusedAsGarbage() {
        int decoded = 0;
        for (int i = 0; i < 200_000; i++) {
            byte[] m = new byte[4];
            random.nextBytes(m);
            if (i % 4 == 0) {
                m[0] = DaliServerMessage.VERSION_16;
            }
            try {
                BackwardFrame b = DaliServerMessage.response(m, i % 8 == 0 ? 24 : 16);
                assertTrue(b.kind() != BackwardFrame.Kind.ANSWER || b.value() >= 0 && b.value() <= 255);
                decoded++;
            } catch (FrameException e) {
                assertTrue(e.getMessage().startsWith("gateway answered"), e.getMessage());
            }
        }
        assertTrue(decoded > 0, "some random answers are valid daliserver responses");
    }

    @Test
    void randomHelvarNetAnswersDecodeOrAreRefusedAsGarbage() {
        String alphabet = "?!V:2,C=@.#$-0123456789GLBSFx ";
        int decoded = 0;
        for (int i = 0; i < 100_000; i++) {
            StringBuilder answer = new StringBuilder(i % 2 == 0 ? "?V:2,C:152,@1.1.1.1=" : "?V:2,C:164,G:3=");
            for (int n = random.nextInt(24); n > 0; n--) {
                answer.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                if (i % 2 == 0) {
                    HelvarNetAnswer.decode(answer.toString(), "C:152,@1.1.1.1", HelvarNetCommands.Reply.LEVEL);
                } else {
                    HelvarNetAnswer.devices(answer.toString(), "C:164,G:3")
                            .forEach(d -> assertTrue(d.startsWith("@"), d));
                }
                decoded++;
            } catch (io.objectbus.component.dali.GarbageAnswerException e) {
                assertTrue(e.getMessage().startsWith("HelvarNet answered"), e.getMessage());
            }
        }
        assertTrue(decoded > 0, "some random answers are valid HelvarNet answers");
    }

    @Test
    void everyValidResponseRoundTrips() throws FrameException {
        for (int v = 0; v < 256; v++) {
            BackwardFrame a = BackwardFrame.answer(v);
            assertEquals(a, DaliServerMessage.response(DaliServerMessage.encodeResponse(16, a), 16));
        }
        assertEquals(
                BackwardFrame.none(),
                DaliServerMessage.response(DaliServerMessage.encodeResponse(24, BackwardFrame.none()), 24));
        assertEquals(
                BackwardFrame.collision(),
                DaliServerMessage.response(DaliServerMessage.encodeResponse(16, BackwardFrame.collision()), 16));
    }

    @Test
    void everyTwentyFourBitFrameIsAnEventACommandOrARefusedReservedForm() {
        for (int d = 0; d < 1 << 24; d += 97) {
            ForwardFrame f = new ForwardFrame(24, d, false, false);
            try {
                EventMessage e = EventMessage.Serializer.decode(f);
                assertEquals(f.data(), EventMessage.Serializer.encode(e).data());
                if (e.instanceType() == EventMessage.OCCUPANCY_SENSOR && e.info() < 16) {
                    assertEquals(e.info(), OccupancyEvent.decode(e.info()).encode());
                }
            } catch (FrameException e) {
                assertTrue(!f.isEvent() || (d & 0xC08000) == 0xC08000, "refused " + f + ": " + e.getMessage());
            }
        }
    }

    @Test
    void randomTwoByteFramesDecodeWithTheirBytes() throws FrameException {
        for (int i = 0; i < 65536; i++) {
            ForwardFrame f = ForwardFrame.Serializer.decode(new byte[] {(byte) (i >> 8), (byte) i});
            assertEquals(i, f.data());
        }
    }
}
