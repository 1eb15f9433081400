// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void delaysDoubleUpToTheLongestAndStartAgainAfterASuccess() {
        Backoff backoff = new Backoff(100, 500);
        assertThat(backoff.nextDelay()).isEqualTo(100);
        assertThat(backoff.nextDelay()).isEqualTo(200);
        assertThat(backoff.nextDelay()).isEqualTo(400);
        assertThat(backoff.nextDelay()).isEqualTo(500);
        assertThat(backoff.nextDelay()).isEqualTo(500);
        backoff.reset();
        assertThat(backoff.nextDelay()).isEqualTo(100);
    }

    @Test
    void aLongestBelowTheFirstWaitsTheFirstEveryTime() {
        Backoff backoff = new Backoff(1000, 10);
        assertThat(backoff.nextDelay()).isEqualTo(1000);
        assertThat(backoff.nextDelay()).isEqualTo(1000);
    }

    @Test
    void noDelayIsShorterThanAMillisecond() {
        assertThat(new Backoff(0, 0).nextDelay()).isEqualTo(1);
    }
}
