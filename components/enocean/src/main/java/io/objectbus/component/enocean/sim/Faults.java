// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.sim;

import io.objectbus.component.enocean.frame.Esp3Packet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Line faults the simulator applies to the radio telegrams it streams: garbage before a frame, frames written in
 * three pieces, and a bad CRC8D on every n-th frame. Garbage never holds a sync byte except in a deliberately broken
 * header, so no test depends on a phantom frame's luck.
 */
public final class Faults {

    /** A sync byte and a header whose CRC8H is wrong: the parser must drop it and resynchronise. */
    private static final byte[] BROKEN_HEADER = {0x55, 0x00, 0x07, 0x07, 0x01, 0x00};

    private final Random random = new Random(20_24);
    private volatile boolean garbage;
    private volatile boolean split;
    private volatile int corruptEvery;
    private volatile boolean refuseTelegrams;
    private int frames;
    private int corrupted;

    /** Puts random bytes and a broken header before every frame. */
    public Faults garbage(boolean on) {
        this.garbage = on;
        return this;
    }

    /** Writes every frame in three pieces, each flushed on its own. */
    public Faults split(boolean on) {
        this.split = on;
        return this;
    }

    /** Breaks the CRC8D of every n-th frame (0 = never). */
    public Faults corruptEvery(int n) {
        this.corruptEvery = n;
        return this;
    }

    /** Answers every radio telegram a client sends with RET_ERROR and does not transmit it, as a busy radio does. */
    public Faults refuseTelegrams(boolean on) {
        this.refuseTelegrams = on;
        return this;
    }

    boolean refusesTelegrams() {
        return refuseTelegrams;
    }

    /** How many frames were sent with a broken CRC. */
    public synchronized int corrupted() {
        return corrupted;
    }

    /** The pieces to write for one frame, with the faults switched on applied. */
    synchronized List<byte[]> shape(Esp3Packet packet) {
        byte[] frame = Esp3Packet.Serializer.encode(packet);
        frames++;
        if (corruptEvery > 0 && frames % corruptEvery == 0) {
            frame[frame.length - 1] ^= (byte) 0xFF;
            corrupted++;
        }
        List<byte[]> pieces = new ArrayList<>();
        if (garbage) {
            pieces.add(garbageBytes());
        }
        pieces.addAll(split ? thirds(frame) : List.of(frame));
        return pieces;
    }

    private byte[] garbageBytes() {
        byte[] noise = new byte[1 + random.nextInt(12)];
        random.nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            if (noise[i] == 0x55) {
                noise[i] = 0x54;
            }
        }
        byte[] all = Arrays.copyOf(noise, noise.length + BROKEN_HEADER.length);
        System.arraycopy(BROKEN_HEADER, 0, all, noise.length, BROKEN_HEADER.length);
        return all;
    }

    private static List<byte[]> thirds(byte[] frame) {
        int a = frame.length / 3;
        int b = 2 * frame.length / 3;
        return List.of(
                Arrays.copyOfRange(frame, 0, a),
                Arrays.copyOfRange(frame, a, b),
                Arrays.copyOfRange(frame, b, frame.length));
    }
}
