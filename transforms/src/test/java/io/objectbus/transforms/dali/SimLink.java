// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.dali;

import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.component.dali.sim.SimulatedBus;

/** A bus link straight onto a simulated bus, each send-twice frame twice, as the command queue does. */
final class SimLink implements BusLink {

    private final SimulatedBus bus;

    SimLink(SimulatedBus bus) {
        this.bus = bus;
    }

    @Override
    public BackwardFrame send(ForwardFrame... frames) {
        BackwardFrame last = BackwardFrame.none();
        for (ForwardFrame f : frames) {
            last = bus.handle(f);
            if (f.sendTwice()) {
                last = bus.handle(f);
            }
        }
        return last;
    }
}
