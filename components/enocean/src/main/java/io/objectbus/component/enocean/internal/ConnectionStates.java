// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of one gateway's connection and who listens to it. Changes are told on the connection's dispatcher, so
 * listeners see states and packets in the order they happened; a listener added later is told the current state
 * first. Further failed attempts while down are no news.
 */
final class ConnectionStates {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionStates.class);

    private final List<ConnectionStateListener> listeners = new CopyOnWriteArrayList<>();
    private final Executor dispatcher;
    private ConnectionState state = ConnectionState.connecting();

    ConnectionStates(Executor dispatcher) {
        this.dispatcher = dispatcher;
    }

    synchronized void add(ConnectionStateListener listener) {
        listeners.add(listener);
        tell(List.of(listener), state);
    }

    void remove(ConnectionStateListener listener) {
        listeners.remove(listener);
    }

    synchronized void change(ConnectionState next) {
        if (!next.state().equals(state.state())) {
            state = next;
            tell(List.copyOf(listeners), next);
        }
    }

    private void tell(List<ConnectionStateListener> targets, ConnectionState current) {
        if (!targets.isEmpty()) {
            dispatcher.execute(() -> targets.forEach(listener -> tell(listener, current)));
        }
    }

    private static void tell(ConnectionStateListener listener, ConnectionState current) {
        try {
            listener.onConnectionState(current);
        } catch (RuntimeException e) {
            LOG.warn("EnOcean connection state {} not taken by a listener", current, e);
        }
    }
}
