// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.dali;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.component.dali.frame.Address;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.component.dali.frame.GearCommand;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A group's values from its members, and the level a command gives a gear (IEC 62386-102 clause 9.7, Table 15). */
class GroupValuesTest {

    private static final GearInfo NARROW = new GearInfo(1, 6, 0b10, 100, 200, 0, GearStatus.decode(0));

    @Test
    void membersAtOneLevelGiveTheGroupThatLevelAndState() {
        assertThat(GroupValues.of(List.of(170, 170))).isEqualTo(Map.of("on", true, "level", 10.1));
        assertThat(GroupValues.of(List.of(0, 0))).isEqualTo(Map.of("on", false, "level", 0.0));
    }

    @Test
    void membersThatDifferGiveNullWhereTheyDiffer() {
        Map<String, Object> mixedLevels = new HashMap<>();
        mixedLevels.put("on", true);
        mixedLevels.put("level", null);
        assertThat(GroupValues.of(List.of(170, 254))).isEqualTo(mixedLevels);
        Map<String, Object> mixedStates = new HashMap<>();
        mixedStates.put("on", null);
        mixedStates.put("level", null);
        assertThat(GroupValues.of(List.of(0, 254))).isEqualTo(mixedStates);
    }

    @Test
    void aCommandGivesTheGearTheLevelTheStandardSays() {
        assertThat(LevelAfterWrite.level(ForwardFrame.dapc(Address.group(1), 254), NARROW))
                .hasValue(200);
        assertThat(LevelAfterWrite.level(ForwardFrame.dapc(Address.group(1), 5), NARROW))
                .hasValue(100);
        assertThat(LevelAfterWrite.level(ForwardFrame.dapc(Address.group(1), 0), NARROW))
                .hasValue(0);
        assertThat(LevelAfterWrite.level(ForwardFrame.dapc(Address.group(1), 255), NARROW))
                .isEmpty();
        assertThat(LevelAfterWrite.level(ForwardFrame.command(Address.group(1), GearCommand.RECALL_MIN_LEVEL), NARROW))
                .hasValue(100);
        assertThat(LevelAfterWrite.level(ForwardFrame.command(Address.group(1), GearCommand.GO_TO_SCENE, 2), NARROW))
                .isEqualTo(OptionalInt.empty());
    }

    @Test
    void aFrameReachesItsShortAddressItsGroupsAndBroadcastOnly() {
        assertThat(LevelAfterWrite.reaches(ForwardFrame.dapc(Address.shortAddress(1), 9), NARROW))
                .isTrue();
        assertThat(LevelAfterWrite.reaches(ForwardFrame.dapc(Address.shortAddress(2), 9), NARROW))
                .isFalse();
        assertThat(LevelAfterWrite.reaches(ForwardFrame.dapc(Address.group(1), 9), NARROW))
                .isTrue();
        assertThat(LevelAfterWrite.reaches(ForwardFrame.dapc(Address.group(0), 9), NARROW))
                .isFalse();
        assertThat(LevelAfterWrite.reaches(ForwardFrame.dapc(Address.broadcast(), 9), NARROW))
                .isTrue();
    }
}
