// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

/**
 * Quality as stored: a small integer instead of its name, which DuckDB appended at twice the CPU of the integer and
 * compaction's sort carried as a string. The codes are the stored format: never renumber them.
 */
final class QualityCode {

    /** The code of a point that stands for a downsampled interval; never stored, only answered by queries. */
    static final int DOWNSAMPLED = -1;

    private static final String[] NAMES = {"good", "uncertain", "bad", "stale"};

    private QualityCode() {}

    /** The code of a quality's name, in any case ({@code good} or {@code GOOD}). */
    static short of(String quality) {
        for (short code = 0; code < NAMES.length; code++) {
            if (NAMES[code].equalsIgnoreCase(quality)) {
                return code;
            }
        }
        throw new IllegalArgumentException("unknown quality '" + quality + "'");
    }

    /** The name a code stands for. */
    static String name(int code) {
        return code == DOWNSAMPLED ? HistoryStore.DOWNSAMPLED : NAMES[code];
    }

    /** SQL that turns a quality stored as its name (by an earlier version) into its code. */
    static String fromName(String column) {
        StringBuilder sql = new StringBuilder("CAST(CASE lower(" + column + ")");
        for (int code = 0; code < NAMES.length; code++) {
            sql.append(" WHEN '").append(NAMES[code]).append("' THEN ").append(code);
        }
        // Earlier versions stored only these four names; anything else is not trusted.
        return sql.append(" ELSE ")
                .append(of("uncertain"))
                .append(" END AS SMALLINT)")
                .toString();
    }
}
