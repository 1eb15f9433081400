// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

/**
 * Watches the store sequence of what a link replays ({@code epoch:n}, n from 1 in each epoch of the sender's store).
 * A jump means the sender dropped messages (its store was full) or lost them: the receiver then asks for the current
 * picture again.
 */
final class GapDetector {

    private String epoch;
    private long last;

    /** Returns true when messages are missing before this one. */
    synchronized boolean gapBefore(String sequence) {
        if (sequence == null) {
            return false;
        }
        int colon = sequence.lastIndexOf(':');
        String e = sequence.substring(0, colon);
        long n = Long.parseLong(sequence.substring(colon + 1));
        boolean gap;
        if (epoch == null) {
            gap = false; // just started: nothing to compare with, and a start asks for the picture anyway
        } else if (e.equals(epoch)) {
            gap = n > last + 1;
        } else {
            gap = n != 1;
        }
        if (!e.equals(epoch) || n > last) {
            epoch = e;
            last = n;
        }
        return gap;
    }
}
