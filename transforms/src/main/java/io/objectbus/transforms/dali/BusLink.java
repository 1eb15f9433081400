// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.dali;

import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.ForwardFrame;

/** How discovery, polling and commissioning reach the bus: frames out together, what came back after the last. */
@FunctionalInterface
public interface BusLink {

    /** Throws when the bus could not carry the frames (gateway down, queue full, ...), with the reason. */
    BackwardFrame send(ForwardFrame... frames) throws Exception;
}
