// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.internal;

/** The state of the link to a gateway: connecting, up or down, with why it is down or where it goes. */
public record LinkState(String state, String reason) {

    public static final String CONNECTING = "connecting";
    public static final String UP = "up";
    public static final String DOWN = "down";
}
