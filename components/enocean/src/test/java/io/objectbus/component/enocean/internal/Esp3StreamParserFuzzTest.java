// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.frame.Esp3Packet;
import io.objectbus.component.enocean.frame.Rorg;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Property tests with a fixed seed: the parser never throws, never hangs, and loses no frame to noise. */
class Esp3StreamParserFuzzTest {

    private static final long SEED = 0xE0CEA11L;

    @Test
    void randomBytesNeverThrowAndEveryDiscardHasAReason() {
        Random random = new Random(SEED);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < 5_000; i++) {
                Esp3StreamParser parser = new Esp3StreamParser();
                byte[] noise = new byte[random.nextInt(600)];
                random.nextBytes(noise);
                Esp3StreamParser.Result r = feedInChunks(parser, noise, random);
                assertTrue(r.packets().size() <= noise.length / 7);
                assertTrue(parser.pending() <= Esp3Packet.HEADER_LENGTH + 1024 + 256);
            }
        });
    }

    @Test
    void framesBetweenNoiseWithoutSyncBytesAllSurviveAnyChunking() {
        Random random = new Random(SEED + 1);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < 2_000; i++) {
                List<Esp3Packet> sent = new ArrayList<>();
                byte[] stream = stream(random, sent);
                Esp3StreamParser.Result r = feedInChunks(new Esp3StreamParser(), stream, random);
                assertEquals(sent, r.packets(), "iteration " + i);
            }
        });
    }

    @Test
    void corruptedFramesAreDroppedWithoutTakingTheirNeighboursAlong() {
        Random random = new Random(SEED + 2);
        for (int i = 0; i < 2_000; i++) {
            Esp3Packet good = packet(random);
            byte[] bad = Esp3Packet.Serializer.encode(packet(random));
            bad[1 + random.nextInt(bad.length - 1)] ^= (byte) (1 + random.nextInt(255));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(bad);
            out.writeBytes(Esp3Packet.Serializer.encode(good));
            out.writeBytes(Esp3Packet.Serializer.encode(good));
            Esp3StreamParser.Result r = feedInChunks(new Esp3StreamParser(), out.toByteArray(), random);
            long goods = r.packets().stream().filter(good::equals).count();
            assertTrue(goods >= 2, "iteration " + i + ": " + r);
            assertTrue(!r.problems().isEmpty() || r.packets().size() == 3, "a dropped frame must give a reason");
        }
    }

    private static Esp3StreamParser.Result feedInChunks(Esp3StreamParser parser, byte[] bytes, Random random) {
        List<Esp3Packet> packets = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int offset = 0;
        while (offset < bytes.length) {
            int n = Math.min(bytes.length - offset, 1 + random.nextInt(40));
            Esp3StreamParser.Result r = parser.feed(bytes, offset, n);
            packets.addAll(r.packets());
            problems.addAll(r.problems());
            offset += n;
        }
        return new Esp3StreamParser.Result(packets, problems);
    }

    private static byte[] stream(Random random, List<Esp3Packet> sent) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int f = random.nextInt(6); f >= 0; f--) {
            byte[] noise = new byte[random.nextInt(20)];
            random.nextBytes(noise);
            for (int k = 0; k < noise.length; k++) {
                noise[k] = noise[k] == 0x55 ? 0x56 : noise[k];
            }
            out.writeBytes(noise);
            Esp3Packet p = packet(random);
            sent.add(p);
            out.writeBytes(Esp3Packet.Serializer.encode(p));
        }
        return out.toByteArray();
    }

    private static Esp3Packet packet(Random random) {
        byte[] data = new byte[1 + random.nextInt(14)];
        random.nextBytes(data);
        Erp1Telegram t = Erp1Telegram.outgoing(Rorg.VLD, data, random.nextInt());
        return Erp1Telegram.Serializer.encode(t);
    }
}
