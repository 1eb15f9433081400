// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.sim;

import io.objectbus.component.dali.frame.Address;
import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.EventMessage;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.component.dali.frame.FrameNames;
import io.objectbus.component.dali.frame.GearCommand;
import io.objectbus.component.dali.frame.SpecialCommand;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A simulated DALI bus: control gear and input devices that answer forward frames as IEC 62386-102/103 says. Several
 * answers to one frame collide (101 clause 9.6.2); configuration commands apply only when the same frame came twice
 * within 100 ms (102 clause 9.3).
 */
public final class SimulatedBus {

    private final List<SimulatedGear> gear = new CopyOnWriteArrayList<>();
    private final List<SimulatedInputDevice> devices = new CopyOnWriteArrayList<>();
    private final List<Consumer<ForwardFrame>> monitors = new CopyOnWriteArrayList<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final Random random;
    private int dtr0;
    private int searchAddress = 0xFFFFFF;
    private ForwardFrame previous;
    private long previousAt;

    public SimulatedBus(long seed) {
        this.random = new Random(seed);
    }

    public SimulatedGear add(SimulatedGear g) {
        gear.add(g);
        return g;
    }

    public SimulatedInputDevice add(SimulatedInputDevice d) {
        devices.add(d);
        return d;
    }

    public void remove(SimulatedGear g) {
        gear.remove(g);
    }

    public List<SimulatedGear> gear() {
        return List.copyOf(gear);
    }

    /** The frames the bus carried, named ("A3 DAPC 254"), oldest first. */
    public List<String> log() {
        return List.copyOf(log);
    }

    public SimulatedGear gearAt(int shortAddress) {
        return gear.stream()
                .filter(g -> g.shortAddress() == shortAddress)
                .findFirst()
                .orElse(null);
    }

    /** An input device sends an event message; every gateway client sees it. */
    public void emit(EventMessage event) {
        ForwardFrame frame = EventMessage.Serializer.encode(event);
        monitors.forEach(m -> m.accept(frame));
    }

    void addMonitor(Consumer<ForwardFrame> monitor) {
        monitors.add(monitor);
    }

    void removeMonitor(Consumer<ForwardFrame> monitor) {
        monitors.remove(monitor);
    }

    /** What the bus answers to a frame. */
    public synchronized BackwardFrame handle(ForwardFrame frame) {
        long now = System.nanoTime();
        log.add(FrameNames.describe(frame));
        if (frame.sendTwice() && !secondOfPair(frame, now)) {
            // The simulation's own time to handle a frame is no bus time: the window opens when it is done.
            previousAt = System.nanoTime();
            return BackwardFrame.none();
        }
        return frame.bits() == 24 ? device(frame) : gear(frame);
    }

    private boolean secondOfPair(ForwardFrame frame, long now) {
        boolean second = frame.equals(previous) && now - previousAt <= 100_000_000L;
        previous = second ? null : frame;
        return second;
    }

    private BackwardFrame gear(ForwardFrame frame) {
        Address address = Address.fromByte(frame.firstByte());
        if (address == null) {
            return special(SpecialCommand.fromCode(frame.firstByte()).orElse(null), frame.lastByte());
        }
        List<SimulatedGear> targets = gear.stream().filter(at(address)).toList();
        if ((frame.firstByte() & 1) == 0) {
            targets.forEach(g -> g.dapc(frame.lastByte()));
            return BackwardFrame.none();
        }
        return GearCommand.fromOpcode(frame.lastByte())
                .map(c -> collide(targets.stream().map(g -> g.command(c, dtr0)).toList()))
                .orElse(BackwardFrame.none());
    }

    private BackwardFrame device(ForwardFrame frame) {
        if (frame.isEvent()) {
            return BackwardFrame.none();
        }
        int shortAddress = frame.firstByte() >> 1;
        int instance = frame.data() >> 8 & 0xFF;
        return collide(devices.stream()
                .filter(d -> d.shortAddress() == shortAddress)
                .map(d -> d.command(instance, frame.lastByte()))
                .toList());
    }

    private BackwardFrame special(SpecialCommand command, int data) {
        if (command == null) {
            return BackwardFrame.none();
        }
        switch (command) {
            case DTR0 -> dtr0 = data;
            case TERMINATE -> gear.forEach(SimulatedGear::terminate);
            case INITIALISE -> gear.forEach(g -> g.initialise(data));
            case RANDOMISE -> gear.forEach(g -> g.randomise(random));
            case SEARCHADDRH -> searchAddress = searchAddress & 0x00FFFF | data << 16;
            case SEARCHADDRM -> searchAddress = searchAddress & 0xFF00FF | data << 8;
            case SEARCHADDRL -> searchAddress = searchAddress & 0xFFFF00 | data;
            case COMPARE -> {
                return yesFromEach(g -> g.searching() && g.randomAddress() <= searchAddress);
            }
            case WITHDRAW -> selected().forEach(SimulatedGear::withdraw);
            case PROGRAM_SHORT_ADDRESS -> selected().forEach(g -> g.programShortAddress(data));
            case VERIFY_SHORT_ADDRESS -> {
                return yesFromEach(g -> g.initialising() && g.shortAddress() == (data >> 1 & 63));
            }
            case QUERY_SHORT_ADDRESS -> {
                return collide(selected().stream()
                        .map(g -> BackwardFrame.answer(g.shortAddress() < 0 ? 0xFF : g.shortAddress() << 1 | 1))
                        .toList());
            }
            default -> {
                // DTR1, DTR2, ENABLE DEVICE TYPE, PING and memory writes change nothing the simulation shows.
            }
        }
        return BackwardFrame.none();
    }

    private List<SimulatedGear> selected() {
        return gear.stream()
                .filter(g -> g.initialising() && g.randomAddress() == searchAddress)
                .toList();
    }

    private BackwardFrame yesFromEach(Predicate<SimulatedGear> answers) {
        return collide(gear.stream()
                .filter(answers)
                .map(g -> BackwardFrame.answer(BackwardFrame.YES))
                .toList());
    }

    private static BackwardFrame collide(List<BackwardFrame> answers) {
        List<BackwardFrame> real =
                answers.stream().filter(BackwardFrame::isAnswer).toList();
        return real.isEmpty() ? BackwardFrame.none() : real.size() == 1 ? real.get(0) : BackwardFrame.collision();
    }

    private static Predicate<SimulatedGear> at(Address address) {
        return g -> switch (address.kind()) {
            case SHORT -> g.shortAddress() == address.number();
            case GROUP -> g.inGroup(address.number());
            case BROADCAST -> true;
            case BROADCAST_UNADDRESSED -> g.shortAddress() < 0;
        };
    }
}
