// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.internal;

/** Told the link's state when it starts listening and on every change, in order with the packets. */
@FunctionalInterface
public interface LinkStateListener {

    void onLinkState(LinkState state);
}
