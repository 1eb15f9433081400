// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A password proven once is recognised again; a rotated hash, a wrong or a near password never are. */
class VerifiedPasswordsTest {

    private final VerifiedPasswords verified = new VerifiedPasswords();

    @Test
    void aProvenPasswordIsRecognisedAgainAndAWrongOneStillFails() {
        String stored = PasswordHash.create("s3cret".toCharArray());
        assertThat(verified.matches(stored, "s3cret".toCharArray())).isTrue();
        assertThat(verified.matches(stored, "s3cret".toCharArray())).isTrue();
        assertThat(verified.matches(stored, "s3creT".toCharArray())).isFalse();
        assertThat(verified.matches(stored, "".toCharArray())).isFalse();
    }

    @Test
    void aRotatedPasswordIsNotFoundUnderTheNewHash() {
        String before = PasswordHash.create("old-one".toCharArray());
        assertThat(verified.matches(before, "old-one".toCharArray())).isTrue();
        String after = PasswordHash.create("new-one".toCharArray());
        assertThat(verified.matches(after, "old-one".toCharArray())).isFalse();
        assertThat(verified.matches(after, "new-one".toCharArray())).isTrue();
    }

    @Test
    void aWrongPasswordTriedFirstIsNotRememberedAsRight() {
        String stored = PasswordHash.create("right".toCharArray());
        assertThat(verified.matches(stored, "wrong".toCharArray())).isFalse();
        assertThat(verified.matches(stored, "wrong".toCharArray())).isFalse();
        assertThat(verified.matches(stored, "right".toCharArray())).isTrue();
    }
}
