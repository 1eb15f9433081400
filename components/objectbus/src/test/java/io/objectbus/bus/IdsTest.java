// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.objectbus.model.Ids;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idsCarryNoWildcardSeparatorDotDollarOrBackslash() {
        assertThat(Ids.isValid("room-1_01")).isTrue();
        // A backslash would not reach MQTT subscribers as published (docs/PROTOCOL.md, backslashes in topics).
        for (String bad : new String[] {"a/b", "a+b", "a#b", "a.b", "$a", "a\\b", "r\u00e9", "", "a b"}) {
            assertThat(Ids.isValid(bad)).as(bad).isFalse();
        }
        assertThat(Ids.isValid("x".repeat(65))).isFalse();
    }

    @Test
    void canonicalIdsAreStableAndValid() {
        assertThat(Ids.canonical("Room 1.01")).isEqualTo("Room-1-01");
        assertThat(Ids.canonical("  analog-input:3 ")).isEqualTo("analog-input-3");
        assertThat(Ids.canonical("ns=2;s=Boiler/Temp")).isEqualTo("ns-2-s-Boiler-Temp");
        assertThat(Ids.canonical("Floor\\Room 2")).isEqualTo("Floor-Room-2");
        assertThat(Ids.isValid(Ids.canonical("ü".repeat(10) + "x".repeat(100)))).isTrue();
        assertThatThrownBy(() -> Ids.canonical("..."));
    }
}
