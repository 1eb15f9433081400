// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A bus's link state and who follows it: each change goes to every listener; down after down only updates why. */
final class LinkStates {

    private final List<Consumer<LinkState>> listeners = new CopyOnWriteArrayList<>();
    private volatile LinkState current = new LinkState(LinkState.CONNECTING, "not yet connected");

    LinkState current() {
        return current;
    }

    boolean isUp() {
        return LinkState.UP.equals(current.state());
    }

    void add(Consumer<LinkState> listener) {
        listeners.add(listener);
        listener.accept(current);
    }

    void remove(Consumer<LinkState> listener) {
        listeners.remove(listener);
    }

    /** Why something failed, for a reason: its message, or its kind when it has none. */
    static String reason(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    void set(LinkState next) {
        boolean stillDown = next.state().equals(current.state()) && next.state().equals(LinkState.DOWN);
        current = next;
        if (!stillDown) {
            listeners.forEach(l -> l.accept(next));
        }
    }
}
