// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** LoRaWAN 1.0.2, 4.3.1.5: 32-bit counters from their 16 transmitted bits. */
class FrameCounterTest {

    @Test
    void theFirstFrameTakesItsCounterAsSent() {
        assertThat(FrameCounter.next(-1, 7)).isEqualTo(7);
    }

    @Test
    void theCounterRollsOverPast0xFFFFIntoTheUpperHalf() {
        assertThat(FrameCounter.next(0xFFFF, 0x0000)).isEqualTo(0x10000);
        assertThat(FrameCounter.next(0x1FFFE, 0x0003)).isEqualTo(0x20003);
    }

    @Test
    void aCounterNotAboveTheLastIsAReplay() {
        assertThat(FrameCounter.next(10, 10)).isEqualTo(-1);
        assertThat(FrameCounter.next(10, 9)).isEqualTo(-1);
    }

    @Test
    void aJumpBeyondMaxFcntGapIsRefused() {
        assertThat(FrameCounter.next(10, 10 + 16384)).isEqualTo(10 + 16384);
        assertThat(FrameCounter.next(10, 10 + 16385)).isEqualTo(-1);
    }
}
