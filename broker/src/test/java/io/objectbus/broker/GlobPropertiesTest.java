// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Pattern;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** Discovery globs come from any client: the matcher agrees with the glob's meaning, and is fast on every pattern. */
class GlobPropertiesTest {

    @Property(tries = 3000)
    void theMatcherAgreesWithTheGlobAsARegularExpression(
            @ForAll @StringLength(max = 8) @Chars({'a', 'b', '*', '?'}) String glob,
            @ForAll @StringLength(max = 10) @CharRange(from = 'a', to = 'c') String text) {
        assertThat(Glob.of(glob).test(text))
                .as("%s ~ %s", glob, text)
                .isEqualTo(regex(glob).matcher(text).matches());
    }

    @Property(tries = 500)
    void anyPatternOnALongNameIsDecidedQuickly(
            @ForAll @StringLength(max = 64) @Chars({'a', 'b', '*', '?'}) String glob) {
        String name = "a".repeat(5000);
        long start = System.nanoTime();
        Glob.of(glob).test(name);
        // A regular expression backtracks exponentially on some of these; the bound is far above the matcher's cost.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Example
    void aPatternThatMadeTheRegularExpressionBacktrackForSecondsIsDecidedAtOnce() {
        String hostile = "*a*a*a*a*a*a*a*a*a*a*a*a*b";
        long start = System.nanoTime();
        assertThat(Glob.of(hostile).test("a".repeat(200))).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Example
    void caseIsIgnoredWhereAsked() {
        assertThat(Glob.ignoringCase("Room-*").test("ROOM-1")).isTrue();
        assertThat(Glob.of("Room-*").test("ROOM-1")).isFalse();
        assertThat(Glob.of("*").test(null)).isFalse();
    }

    private static Pattern regex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
