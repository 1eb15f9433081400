// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.dali;

import io.objectbus.component.dali.frame.Address;
import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.DimmingCurve;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.component.dali.frame.GearCommand;
import io.objectbus.component.dali.frame.InstanceCommand;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.transforms.dali.BusLink;
import io.objectbus.transforms.dali.DaliObjects;
import io.objectbus.transforms.dali.Discovery;
import io.objectbus.transforms.dali.GearInfo;
import io.objectbus.transforms.dali.GearStatus;
import io.objectbus.transforms.dali.GroupValues;
import io.objectbus.transforms.dali.InputDeviceInfo;
import io.objectbus.transforms.dali.InputResources;
import io.objectbus.transforms.dali.LevelAfterWrite;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the adapter knows of its bus (gear, groups, input devices, from the last discovery) and how it puts that on
 * the bus: descriptions after a discovery, values after each poll, a lamp or gear failure as an event when it
 * starts and when it ends, a gear that stops answering stale.
 */
final class BusModel {

    private static final Logger LOG = LoggerFactory.getLogger(BusModel.class);

    private final String busId;
    private final String gateway;
    private final DaliOutput out;
    private final Map<Integer, GearInfo> gear = new ConcurrentHashMap<>();
    private final Map<Integer, InputDeviceInfo> devices = new ConcurrentHashMap<>();
    private final Map<Integer, GearStatus> lastStatus = new ConcurrentHashMap<>();

    BusModel(String busId, String gateway, DaliOutput out) {
        this.busId = busId;
        this.gateway = gateway;
        this.out = out;
    }

    GearInfo gear(int shortAddress) {
        return gear.get(shortAddress);
    }

    InputDeviceInfo device(int shortAddress) {
        return devices.get(shortAddress);
    }

    Set<Integer> usedAddresses() {
        return Set.copyOf(gear.keySet());
    }

    /** Asks the whole bus again and describes what answered. */
    synchronized Discovery.Result discover(BusLink link) throws Exception {
        Discovery.Result result = Discovery.scan(link);
        result.problems().forEach(p -> LOG.warn("DALI bus {}: {}", busId, p));
        gear.clear();
        devices.clear();
        result.gear().forEach(g -> gear.put(g.shortAddress(), g));
        result.devices().forEach(d -> devices.put(d.shortAddress(), d));
        out.describe(descriptors());
        result.gear().forEach(this::publishGear);
        publishGroups();
        out.publish(busId, Map.of(DaliObjects.GEAR, gear.size(), DaliObjects.DEVICES, devices.size()));
        LOG.info("DALI bus {}: {} control gear, {} input devices", busId, gear.size(), devices.size());
        return result;
    }

    private List<ObjectDescriptor> descriptors() {
        List<ObjectDescriptor> all = new ArrayList<>();
        all.add(DaliObjects.bus(busId, gateway));
        Set<Integer> groups = new TreeSet<>();
        for (GearInfo g : gear.values()) {
            all.add(DaliObjects.light(busId, gateway, g));
            groups.addAll(g.groupList());
        }
        groups.forEach(n -> all.add(DaliObjects.group(busId, gateway, n)));
        devices.values().forEach(d -> all.add(DaliObjects.sensor(busId, gateway, d)));
        return all;
    }

    /** Level and status of each gear, input values of each sensor instance; gear that stay silent turn stale. */
    void poll(BusLink link) throws Exception {
        for (GearInfo g : List.copyOf(gear.values())) {
            pollGear(link, g);
        }
        publishGroups();
        for (InputDeviceInfo d : List.copyOf(devices.values())) {
            pollDevice(link, d);
        }
    }

    /**
     * A frame that went out: the gear it reached show the level the command gives them at once, and their groups
     * follow. Gear whose level the frame does not tell (GO TO SCENE) are returned, to be asked.
     */
    List<GearInfo> applied(ForwardFrame frame) {
        List<GearInfo> unknown = new ArrayList<>();
        for (GearInfo g : List.copyOf(gear.values())) {
            if (!LevelAfterWrite.reaches(frame, g)) {
                continue;
            }
            OptionalInt level = LevelAfterWrite.level(frame, g);
            if (level.isEmpty()) {
                unknown.add(g);
                continue;
            }
            GearInfo now = g.withLevel(level.getAsInt());
            gear.put(g.shortAddress(), now);
            publishGear(now);
        }
        publishGroups();
        return unknown;
    }

    /** Asks the given gear their level and status again, and updates their groups. */
    void refresh(BusLink link, List<GearInfo> which) throws Exception {
        for (GearInfo g : which) {
            GearInfo known = gear.get(g.shortAddress());
            if (known != null) {
                pollGear(link, known);
            }
        }
        publishGroups();
    }

    /** Each group's values from its members' (see GroupValues for the rule). */
    private void publishGroups() {
        Map<Integer, List<Integer>> members = new TreeMap<>();
        for (GearInfo g : gear.values()) {
            g.groupList().forEach(n -> members.computeIfAbsent(n, k -> new ArrayList<>())
                    .add(g.level()));
        }
        members.forEach((n, levels) -> out.publish(DaliObjects.groupId(busId, n), GroupValues.of(levels)));
    }

    private void pollGear(BusLink link, GearInfo g) throws Exception {
        Address at = Address.shortAddress(g.shortAddress());
        BackwardFrame level = link.send(ForwardFrame.command(at, GearCommand.QUERY_ACTUAL_LEVEL));
        BackwardFrame status = link.send(ForwardFrame.command(at, GearCommand.QUERY_STATUS));
        if (!level.isAnswer() || !status.isAnswer()) {
            out.stale(DaliObjects.lightId(busId, g.shortAddress()), "gear A" + g.shortAddress() + " not answering");
            return;
        }
        GearInfo now = new GearInfo(
                g.shortAddress(),
                g.deviceType(),
                g.groups(),
                g.minLevel(),
                g.maxLevel(),
                level.value(),
                GearStatus.decode(status.value()));
        gear.put(g.shortAddress(), now);
        publishGear(now);
    }

    private void publishGear(GearInfo g) {
        String id = DaliObjects.lightId(busId, g.shortAddress());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(DaliObjects.ON, g.level() > 0);
        values.put(DaliObjects.LEVEL, DimmingCurve.rounded(Math.min(254, g.level())));
        values.put(DaliObjects.LAMP_FAILURE, g.status().lampFailure());
        values.put(DaliObjects.GEAR_FAILURE, g.status().gearFailure());
        values.put(DaliObjects.DEVICE_TYPE, g.deviceType());
        out.publish(id, values);
        alarms(id, g);
    }

    /** Failures as events when they start and end (the bus has no alarm topics yet). */
    private void alarms(String id, GearInfo g) {
        GearStatus before = lastStatus.put(g.shortAddress(), g.status());
        boolean lampWas = before != null && before.lampFailure();
        boolean gearWas = before != null && before.gearFailure();
        if (lampWas != g.status().lampFailure()) {
            out.event(id, Map.of("alarm", "lamp-failure", "active", g.status().lampFailure()));
        }
        if (gearWas != g.status().gearFailure()) {
            out.event(id, Map.of("alarm", "gear-failure", "active", g.status().gearFailure()));
        }
    }

    private void pollDevice(BusLink link, InputDeviceInfo d) throws Exception {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < d.instanceTypes().size(); i++) {
            int type = d.instanceTypes().get(i);
            BackwardFrame high =
                    link.send(ForwardFrame.instanceCommand(d.shortAddress(), i, InstanceCommand.QUERY_INPUT_VALUE));
            if (!high.isAnswer()) {
                continue;
            }
            BackwardFrame low = link.send(
                    ForwardFrame.instanceCommand(d.shortAddress(), i, InstanceCommand.QUERY_INPUT_VALUE_LATCH));
            int value = high.value() << 8 | (low.isAnswer() ? low.value() : 0);
            InputResources.polled(type, i, value).ifPresent(e -> values.put(e.getKey(), e.getValue()));
        }
        out.publish(DaliObjects.sensorId(busId, d.shortAddress()), values);
    }
}
