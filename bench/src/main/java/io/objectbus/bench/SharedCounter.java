// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One long in a memory-mapped file, shared by the load generator's processes: the subscriber writes how many values
 * it received, the publisher reads it to keep no more than a window of values in flight, without a message between
 * them.
 */
final class SharedCounter {

    private static final VarHandle LONG = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private final MappedByteBuffer buffer;

    private SharedCounter(MappedByteBuffer buffer) {
        this.buffer = buffer;
    }

    static SharedCounter open(Path file) throws IOException {
        try (FileChannel channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            return new SharedCounter(channel.map(FileChannel.MapMode.READ_WRITE, 0, Long.BYTES));
        }
    }

    void set(long value) {
        LONG.setRelease((ByteBuffer) buffer, 0, value);
    }

    long get() {
        return (long) LONG.getAcquire((ByteBuffer) buffer, 0);
    }
}
