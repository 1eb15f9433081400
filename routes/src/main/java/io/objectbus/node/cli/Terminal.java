// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.cli;

import java.io.PrintWriter;

/**
 * What the output is: colours (ANSI) when it is a terminal, unless {@code --no-color} or NO_COLOR
 * (https://no-color.org) says otherwise or {@code --color} asks for them anyway; and a progress line on the error
 * output, rewritten in place, only on a terminal.
 */
final class Terminal {

    private static final String RESET = "\u001b[0m";

    private final boolean colours;
    private final boolean interactive;
    private final PrintWriter err;
    private boolean progressShown;

    Terminal(boolean colours, boolean interactive, PrintWriter err) {
        this.colours = colours;
        this.interactive = interactive;
        this.err = err;
    }

    /** The terminal of this process, given the options. */
    static Terminal of(Boolean colourOption, PrintWriter err) {
        boolean tty = System.console() != null;
        boolean noColour =
                System.getenv("NO_COLOR") != null && !System.getenv("NO_COLOR").isEmpty();
        boolean colours = colourOption != null ? colourOption : tty && !noColour;
        return new Terminal(colours, tty, err);
    }

    /** A write reply's status or a value's quality in its colour: green done, yellow waiting or stale, red refused. */
    String status(String status) {
        return switch (status) {
            case "applied", "stored", "done", "good" -> paint("32", status);
            case "accepted", "timeout", "uncertain", "stale" -> paint("33", status);
            case "failed", "rejected", "refused", "bad" -> paint("31", status);
            default -> status;
        };
    }

    String dim(String text) {
        return paint("2", text);
    }

    String bold(String text) {
        return paint("1", text);
    }

    private String paint(String code, String text) {
        return colours && !text.isEmpty() ? "\u001b[" + code + "m" + text + RESET : text;
    }

    /** Shows how far a long listing is, on one line of the error output that the next call overwrites. */
    void progress(String text) {
        if (interactive) {
            err.print("\r\u001b[2K" + text);
            err.flush();
            progressShown = true;
        }
    }

    /** Clears the progress line, if one is shown. */
    void progressDone() {
        if (progressShown) {
            err.print("\r\u001b[2K");
            err.flush();
            progressShown = false;
        }
    }
}
