// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

/** Where a running command says how far it is; each report goes to the asker as a {@code progress} reply. */
@FunctionalInterface
public interface CommandProgress {

    /**
     * @param done how many steps are done
     * @param of how many there are, 0 when not known yet
     * @param text what is happening, for people; null for none
     */
    void report(int done, int of, String text);
}
