// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The resources a rule of retention or downsampling applies to: those whose id matches {@code pattern} ({@code *} any
 * characters, everything else literal) and none of {@code except}, the patterns of the rules before it, so that the
 * first rule that matches a resource decides.
 */
public record ResourceMatch(String pattern, List<String> except) {

    public ResourceMatch {
        except = List.copyOf(except);
    }

    public static ResourceMatch of(String pattern) {
        return new ResourceMatch(pattern, List.of());
    }

    /** Each pattern in order, except what an earlier one already took. */
    public static List<ResourceMatch> firstMatchWins(List<String> patterns) {
        List<ResourceMatch> matches = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            matches.add(new ResourceMatch(patterns.get(i), patterns.subList(0, i)));
        }
        return matches;
    }

    /** The SQL condition, its parameters bound by {@link #bind}. */
    String sql() {
        return "resource LIKE ? ESCAPE '\\'" + " AND NOT resource LIKE ? ESCAPE '\\'".repeat(except.size());
    }

    /** Binds the patterns from parameter {@code first} on; answers the next free parameter. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        statement.setString(first, like(pattern));
        for (int i = 0; i < except.size(); i++) {
            statement.setString(first + 1 + i, like(except.get(i)));
        }
        return first + 1 + except.size();
    }

    private static String like(String pattern) {
        return pattern.replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_")
                .replace('*', '%');
    }

    @Override
    public String toString() {
        return except.isEmpty() ? pattern : pattern + " (but not " + String.join(", ", except) + ")";
    }
}
