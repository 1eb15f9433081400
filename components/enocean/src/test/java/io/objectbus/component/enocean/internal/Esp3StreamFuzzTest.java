// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.objectbus.component.enocean.frame.Esp3Packet;

/**
 * Coverage-guided fuzzing (Jazzer) of the ESP3 stream parser, which reads what a gateway's serial line or TCP bridge
 * sends: any bytes in any chunks never throw, the bytes held back for a partial frame stay bounded, and every packet
 * found encodes back to a frame that parses to itself. Bounded (maxDuration) to fit the normal build; the inputs in
 * {@code src/test/resources/io/objectbus/component/enocean/internal/Esp3StreamFuzzTestInputs/} are replayed first, and
 * Jazzer adds there any input that fails.
 */
class Esp3StreamFuzzTest {

    private static final int MAX_DATA = 1024;

    @FuzzTest(maxDuration = "5s")
    void anyBytesInAnyChunksAreParsedOrSkipped(FuzzedDataProvider data) {
        Esp3StreamParser parser = new Esp3StreamParser(MAX_DATA);
        while (data.remainingBytes() > 0) {
            byte[] chunk = data.consumeBytes(data.consumeInt(1, 64));
            for (Esp3Packet packet : parser.feed(chunk, 0, chunk.length).packets()) {
                byte[] frame = Esp3Packet.Serializer.encode(packet);
                Esp3StreamParser.Result again = new Esp3StreamParser(MAX_DATA).feed(frame, 0, frame.length);
                assertThat(again.packets()).hasSize(1);
                assertThat(Esp3Packet.Serializer.encode(again.packets().get(0))).isEqualTo(frame);
            }
            assertThat(parser.pending())
                    .isLessThanOrEqualTo(Esp3Packet.HEADER_LENGTH + MAX_DATA + Esp3Packet.MAX_OPTIONAL_LENGTH + 1 + 64);
        }
    }
}
