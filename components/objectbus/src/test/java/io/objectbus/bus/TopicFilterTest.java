// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Topic filter matching per MQTT 3.1.1 section 4.7 and its non-normative examples. */
class TopicFilterTest {

    @Test
    void multiLevelWildcardMatchesTheParentAndEveryChild() {
        TopicFilter filter = new TopicFilter("sport/tennis/player1/#");
        assertThat(filter.matches("sport/tennis/player1")).isTrue();
        assertThat(filter.matches("sport/tennis/player1/ranking")).isTrue();
        assertThat(filter.matches("sport/tennis/player1/score/wimbledon")).isTrue();
        assertThat(filter.matches("sport/tennis/player2")).isFalse();
    }

    @Test
    void singleLevelWildcardMatchesExactlyOneLevel() {
        TopicFilter filter = new TopicFilter("sport/tennis/+");
        assertThat(filter.matches("sport/tennis/player1")).isTrue();
        assertThat(filter.matches("sport/tennis/player1/ranking")).isFalse();
        assertThat(new TopicFilter("sport/+").matches("sport/")).isTrue();
        assertThat(new TopicFilter("sport/+").matches("sport")).isFalse();
    }

    @Test
    void subtreesThatCannotMatchAreSkipped() {
        TopicFilter filter = new TopicFilter("ob/v1/n1/+/temperature");
        assertThat(filter.mayMatchUnder("ob", "v1", "n1", "r1")).isTrue();
        assertThat(filter.mayMatchUnder("ob", "v1", "n2")).isFalse();
        assertThat(new TopicFilter("ob/#").mayMatchUnder("ob", "v1", "n2", "x")).isTrue();
        assertThat(new TopicFilter("ob/v1").mayMatchUnder("ob", "v1", "n1")).isFalse();
    }
}
