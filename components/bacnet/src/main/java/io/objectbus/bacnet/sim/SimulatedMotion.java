// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.sim;

import io.objectbus.bacnet.model.BacnetValue.EnumeratedValue;
import io.objectbus.bacnet.model.BacnetValue.RealValue;
import io.objectbus.bacnet.model.BacnetValue.UnsignedValue;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.model.ObjectType;
import io.objectbus.bacnet.server.InMemoryObjectStore;
import io.objectbus.bacnet.server.PointObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Moves the simulated inputs: the temperature and humidity follow slow sines, occupancy and mode change. */
final class SimulatedMotion {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatedMotion.class);
    private final InMemoryObjectStore objects;
    private long step;

    SimulatedMotion(InMemoryObjectStore objects) {
        this.objects = objects;
    }

    /** Never throws: it runs as a periodic task, which an exception would end silently. */
    synchronized void step() {
        try {
            move();
        } catch (RuntimeException e) {
            LOG.warn("Simulated values did not move: {}", e.toString());
        }
    }

    private void move() {
        step++;
        double phase = step * 2 * Math.PI / 30;
        input(ObjectType.ANALOG_INPUT, 1).updatePresentValue(new RealValue((float) (21 + 2 * Math.sin(phase))));
        input(ObjectType.ANALOG_INPUT, 2).updatePresentValue(new RealValue((float) (45 + 10 * Math.cos(phase))));
        input(ObjectType.BINARY_INPUT, 1).updatePresentValue(new EnumeratedValue((step / 10) % 2));
        input(ObjectType.MULTI_STATE_INPUT, 1).updatePresentValue(new UnsignedValue(1 + (step / 5) % 4));
    }

    private PointObject input(int type, int instance) {
        return objects.point(new ObjectIdentifier(type, instance));
    }
}
