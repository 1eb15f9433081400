// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.frame.Rorg;
import org.junit.jupiter.api.Test;

class TelegramDeduplicatorTest {

    private static final long MS = 1_000_000L;
    private final TelegramDeduplicator dedup = new TelegramDeduplicator(500);

    private static Erp1Telegram telegram(int sender, int data, int status) {
        return new Erp1Telegram(Rorg.RPS, new byte[] {(byte) data}, sender, status, 1, -1, -60, 0);
    }

    @Test
    void aRepeatedCopyWithinTheWindowIsDropped() {
        assertTrue(dedup.accept(telegram(1, 0x10, 0x30), 0));
        assertFalse(dedup.accept(telegram(1, 0x10, 0x31), 40 * MS));
        assertFalse(dedup.accept(telegram(1, 0x10, 0x32), 90 * MS));
    }

    @Test
    void theSameDataAfterTheWindowIsANewEvent() {
        assertTrue(dedup.accept(telegram(1, 0x10, 0x30), 0));
        assertTrue(dedup.accept(telegram(1, 0x10, 0x30), 501 * MS));
    }

    @Test
    void pressReleasePressIsThreeEvents() {
        assertTrue(dedup.accept(telegram(1, 0x10, 0x30), 0));
        assertTrue(dedup.accept(telegram(1, 0x00, 0x20), 100 * MS));
        assertTrue(dedup.accept(telegram(1, 0x10, 0x30), 200 * MS));
    }

    @Test
    void twoSendersWithEqualDataAreBothKept() {
        assertTrue(dedup.accept(telegram(1, 0x10, 0x30), 0));
        assertTrue(dedup.accept(telegram(2, 0x10, 0x30), 0));
    }
}
