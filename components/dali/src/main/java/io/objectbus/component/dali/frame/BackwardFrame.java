// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.frame;

/**
 * What came back after a forward frame, IEC 62386-101 clause 8.2: an 8-bit backward frame, no answer within the
 * 22 Te window ("no" to a YES/NO query, or absent gear), or a collision: several receivers answered at once and the
 * bits came back as a framing error (101 clause 9.6.2), which says "more than one" and never a value.
 *
 * @param kind answer, none or collision
 * @param value the answer 0..255; -1 for none and collision
 */
public record BackwardFrame(Kind kind, int value) {

    /** The three outcomes of a query. */
    public enum Kind {
        ANSWER,
        NONE,
        COLLISION
    }

    /** The YES answer of 102 clause 11.3.1. */
    public static final int YES = 0xFF;

    private static final BackwardFrame NONE = new BackwardFrame(Kind.NONE, -1);
    private static final BackwardFrame COLLISION = new BackwardFrame(Kind.COLLISION, -1);

    public BackwardFrame {
        if (kind == Kind.ANSWER && (value < 0 || value > 255)) {
            throw new IllegalArgumentException("a backward frame is 0..255, got " + value);
        }
    }

    public static BackwardFrame answer(int value) {
        return new BackwardFrame(Kind.ANSWER, value);
    }

    public static BackwardFrame none() {
        return NONE;
    }

    public static BackwardFrame collision() {
        return COLLISION;
    }

    public boolean isAnswer() {
        return kind == Kind.ANSWER;
    }

    /** Something answered: a value, or several at once (a collision is "yes" to COMPARE, 102 clause 11.2.5). */
    public boolean somethingAnswered() {
        return kind != Kind.NONE;
    }

    @Override
    public String toString() {
        return kind == Kind.ANSWER ? "answer " + value : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
