// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Salted PBKDF2 hashes: the right password matches, a wrong one and a damaged hash do not. */
class PasswordHashTest {

    @Test
    void theRightPasswordMatchesAndEachHashHasItsOwnSalt() {
        String one = PasswordHash.create("correct horse".toCharArray());
        String two = PasswordHash.create("correct horse".toCharArray());
        assertThat(one).startsWith("pbkdf2-sha256:210000:").isNotEqualTo(two);
        assertThat(PasswordHash.matches(one, "correct horse".toCharArray())).isTrue();
        assertThat(PasswordHash.matches(one, "correct horsf".toCharArray())).isFalse();
    }

    @Test
    void aDamagedOrForeignHashMatchesNothing() {
        for (String bad : new String[] {
            null,
            "",
            "plain",
            "pbkdf2-sha256:x:y:z",
            "pbkdf2-sha256:0:AAAA:AAAA",
            "md5:1:AAAA:AAAA",
            "pbkdf2-sha256:1::"
        }) {
            assertThat(PasswordHash.matches(bad, "".toCharArray())).as(bad).isFalse();
        }
    }
}
