// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of one gateway's link and who listens to it. Changes are told on the connection's dispatcher, so
 * listeners see states and packets in the order they happened; a listener added later is told the current state
 * first. Further failed attempts while down are no news.
 */
final class LinkStates {

    private static final Logger LOG = LoggerFactory.getLogger(LinkStates.class);

    private final List<LinkStateListener> listeners = new CopyOnWriteArrayList<>();
    private final Executor dispatcher;
    private LinkState state = LinkState.connecting();

    LinkStates(Executor dispatcher) {
        this.dispatcher = dispatcher;
    }

    synchronized void add(LinkStateListener listener) {
        listeners.add(listener);
        tell(List.of(listener), state);
    }

    void remove(LinkStateListener listener) {
        listeners.remove(listener);
    }

    synchronized void change(LinkState next) {
        if (!next.state().equals(state.state())) {
            state = next;
            tell(List.copyOf(listeners), next);
        }
    }

    private void tell(List<LinkStateListener> targets, LinkState current) {
        if (!targets.isEmpty()) {
            dispatcher.execute(() -> targets.forEach(listener -> tell(listener, current)));
        }
    }

    private static void tell(LinkStateListener listener, LinkState current) {
        try {
            listener.onLinkState(current);
        } catch (RuntimeException e) {
            LOG.warn("EnOcean link state {} not taken by a listener", current, e);
        }
    }
}
