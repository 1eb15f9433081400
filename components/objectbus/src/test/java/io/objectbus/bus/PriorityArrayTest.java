// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** ASHRAE 135 clause 19.2: command prioritization. */
class PriorityArrayTest {

    private final PriorityArray array = new PriorityArray(21.0);

    @Test
    void anEmptyArrayGivesTheRelinquishDefault() {
        assertThat(array.effective()).isEqualTo(new PriorityArray.Effective(21.0, 0));
    }

    @Test
    void writeAtPriority8IsOverriddenByPriority3() {
        array.write(8, 24.0, null, null);
        array.write(3, 23.0, "operator", null);
        assertThat(array.effective()).isEqualTo(new PriorityArray.Effective(23.0, 3));
    }

    @Test
    void relinquishingTheActiveLevelFallsBackToTheNextLowerOne() {
        array.write(8, 24.0, null, null);
        array.write(3, 23.0, null, null);
        array.write(3, null, null, null);
        assertThat(array.effective()).isEqualTo(new PriorityArray.Effective(24.0, 8));
    }

    @Test
    void expiredLevelsAreRelinquished() {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        array.write(1, 30.0, "override", now.plusSeconds(60));
        array.write(16, 19.0, null, null);
        assertThat(array.expire(now.plusSeconds(59))).isFalse();
        assertThat(array.expire(now.plusSeconds(60))).isTrue();
        assertThat(array.effective()).isEqualTo(new PriorityArray.Effective(19.0, 16));
    }

    @Test
    void anUndoneWriteGivesItsLevelBackTheEntryItHadBefore() {
        array.write(8, 24.0, "bms", null);
        PriorityArray.Change refused = array.write(8, 30.0, "operator", null);
        assertThat(array.undo(refused)).isTrue();
        assertThat(array.effective()).isEqualTo(new PriorityArray.Effective(24.0, 8));
        assertThat(array.entry(8).owner()).isEqualTo("bms");
    }

    @Test
    void aWriteIsNotUndoneOnceItsLevelWasWrittenAgain() {
        PriorityArray.Change refused = array.write(6, 30.0, null, null);
        array.write(6, 25.0, null, null);
        assertThat(array.undo(refused)).isFalse();
        assertThat(array.effective()).isEqualTo(new PriorityArray.Effective(25.0, 6));
    }

    @Test
    void prioritiesOutside1To16AreRefused() {
        assertThatThrownBy(() -> array.write(0, 1.0, null, null)).hasMessageContaining("1 to 16");
        assertThatThrownBy(() -> array.write(17, 1.0, null, null)).hasMessageContaining("1 to 16");
    }

    @Test
    void theSnapshotShowsEveryLevelWithItsOwner() {
        array.write(5, 22.0, "bms", null);
        assertThat(array.snapshot()).hasSize(16);
        assertThat(array.snapshot().get(4)).containsEntry("v", 22.0).containsEntry("owner", "bms");
        assertThat(array.snapshot().get(0)).isNull();
    }
}
