// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.broker.Glob;
import org.junit.jupiter.api.Test;

/** Grants cover a subscription only when every topic it can match is inside the grant. */
class TopicFiltersTest {

    @Test
    void aGrantMatchesTopicsLevelByLevelWithObjectPatterns() {
        assertThat(TopicFilters.matches("ob/v1/+/room-*/+/$set", "ob/v1/node1/room-1/setpoint/$set"))
                .isTrue();
        assertThat(TopicFilters.matches("ob/v1/+/room-*/+/$set", "ob/v1/node1/ahu-1/fan/$set"))
                .isFalse();
        assertThat(TopicFilters.matches("ob/v1/+/room-*/+/$set", "ob/v1/node1/room-1/$set"))
                .isFalse();
        assertThat(TopicFilters.matches("devices/s1/#", "devices/s1")).isTrue();
        assertThat(TopicFilters.matches("devices/s1/#", "devices/s10/x")).isFalse();
    }

    @Test
    void aSubscriptionBroaderThanTheGrantIsNotCovered() {
        assertThat(TopicFilters.covers("ob/v1/#", "ob/v1/#")).isTrue();
        assertThat(TopicFilters.covers("ob/v1/#", "ob/v1/+/room-1/#")).isTrue();
        assertThat(TopicFilters.covers("ob/v1/#", "#")).isFalse();
        assertThat(TopicFilters.covers("ob/v1/#", "+/v1/#")).isFalse();
        assertThat(TopicFilters.covers("devices/s1/#", "devices/+/x")).isFalse();
        assertThat(TopicFilters.covers("ob/v1/+/room-*/#", "ob/v1/n/+/#")).isFalse();
        assertThat(TopicFilters.covers("ob/v1/+/room-*/#", "ob/v1/n/room-2/#")).isTrue();
    }

    @Test
    void aSharedSubscriptionIsJudgedByItsFilter() {
        assertThat(TopicFilters.covers("ob/v1/#", "$share/g/ob/v1/n/#")).isTrue();
        assertThat(TopicFilters.covers("ob/v1/#", "$share/g/#")).isFalse();
    }

    @Test
    void globsMatchAnyCharactersOfOneLevel() {
        assertThat(Glob.matches("room-*-north", "room-12-north")).isTrue();
        assertThat(Glob.matches("room-*-north", "room-12-south")).isFalse();
        assertThat(Glob.matches("*", "")).isTrue();
        assertThat(Glob.matches("a*b*c", "aXbYc")).isTrue();
        assertThat(Glob.matches("a*b*c", "aXbY")).isFalse();
        assertThat(TopicFilters.matches("ob/v1/n/room-?/value/t", "ob/v1/n/room-7/value/t"))
                .isTrue();
        assertThat(TopicFilters.matches("ob/v1/n/room-?/value/t", "ob/v1/n/room-17/value/t"))
                .isFalse();
    }

    @Test
    void aLongLevelAgainstAGrantWithManyStarsIsDecidedAtOnce() {
        long start = System.nanoTime();
        assertThat(Glob.matches("*a*a*a*a*a*a*a*a*b", "a".repeat(16_000))).isFalse();
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(1));
    }
}
