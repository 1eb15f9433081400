// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void delaysDoubleUpToTheCapAndResetAfterSuccess() {
        Backoff backoff = new Backoff(100, 500);
        assertEquals(100, backoff.next());
        assertEquals(200, backoff.next());
        assertEquals(400, backoff.next());
        assertEquals(500, backoff.next());
        assertEquals(500, backoff.next());
        backoff.reset();
        assertEquals(100, backoff.next());
    }

    @Test
    void aCapBelowTheInitialDelayIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(1000, 10));
    }
}
