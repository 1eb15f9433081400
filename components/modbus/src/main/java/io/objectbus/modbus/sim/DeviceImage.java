// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus.sim;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The four tables of a simulated device, {@code size} items each: addresses beyond are illegal. Writes to the
 * addresses in {@link #refusedWrites()} are refused, as a device refuses a value it cannot take.
 */
public final class DeviceImage {

    private final int[] holding;
    private final int[] input;
    private final boolean[] coils;
    private final boolean[] discrete;
    private final Set<Integer> refusedWrites = ConcurrentHashMap.newKeySet();

    public DeviceImage(int size) {
        holding = new int[size];
        input = new int[size];
        coils = new boolean[size];
        discrete = new boolean[size];
    }

    public int size() {
        return holding.length;
    }

    public synchronized int holding(int address) {
        return holding[address];
    }

    public synchronized void holding(int address, int value) {
        holding[address] = value & 0xFFFF;
    }

    public synchronized int input(int address) {
        return input[address];
    }

    public synchronized void input(int address, int value) {
        input[address] = value & 0xFFFF;
    }

    public synchronized boolean coil(int address) {
        return coils[address];
    }

    public synchronized void coil(int address, boolean value) {
        coils[address] = value;
    }

    public synchronized boolean discrete(int address) {
        return discrete[address];
    }

    public synchronized void discrete(int address, boolean value) {
        discrete[address] = value;
    }

    /** Writes a float32 into two holding (or input) registers, high word first. */
    public synchronized void float32(boolean holdingTable, int address, float value) {
        int bits = Float.floatToIntBits(value);
        int[] table = holdingTable ? holding : input;
        table[address] = bits >>> 16;
        table[address + 1] = bits & 0xFFFF;
    }

    /** Holding and coil addresses whose writes the device refuses with ILLEGAL_DATA_VALUE. */
    public Set<Integer> refusedWrites() {
        return refusedWrites;
    }

    synchronized byte[] registers(boolean holdingTable, int start, int count) {
        int[] table = holdingTable ? holding : input;
        byte[] bytes = new byte[count * 2];
        for (int i = 0; i < count; i++) {
            bytes[2 * i] = (byte) (table[start + i] >> 8);
            bytes[2 * i + 1] = (byte) table[start + i];
        }
        return bytes;
    }

    synchronized byte[] bits(boolean coilTable, int start, int count) {
        boolean[] table = coilTable ? coils : discrete;
        byte[] bytes = new byte[(count + 7) / 8];
        for (int i = 0; i < count; i++) {
            if (table[start + i]) {
                bytes[i / 8] |= (byte) (1 << (i % 8));
            }
        }
        return bytes;
    }
}
