// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean.adapter;

import io.objectbus.bus.WriteCommand;
import io.objectbus.transforms.enocean.Command;
import io.objectbus.transforms.enocean.DeviceKinds;
import io.objectbus.transforms.enocean.EepActuator;
import io.objectbus.transforms.enocean.EepData;
import io.objectbus.transforms.enocean.EepId;
import io.objectbus.transforms.enocean.EepRegistry;
import io.objectbus.transforms.enocean.EnoceanDevice;
import io.objectbus.transforms.enocean.FourBsTeachIn;
import io.objectbus.transforms.enocean.ResourceNames;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bus writes as actuator commands, sent from the sender ID the device knows the gateway by (base ID + the device's
 * offset). The outcome follows what the profile offers: a D2-01 actuator confirms with its status (and is then
 * asked for its power); A5-38-08 has no
 * answer, so the gateway's acceptance of the telegram is the confirmation; an A5-20-01 valve takes its set point at
 * its next wake-up, so the write is applied when it is queued.
 */
final class ActuatorWrites {

    private static final Logger LOG = LoggerFactory.getLogger(ActuatorWrites.class);
    private static final String TEACH_IN = "teach-in";
    /** Manufacturer ID "multi user manufacturer ID" (0x7FF), for teach-ins the gateway sends itself. */
    private static final int ANY_MANUFACTURER = 0x7FF;

    private final EepRegistry profiles;
    private final GatewaySender sender;
    private final Confirmations confirmations;
    private final ValveCommands valves = new ValveCommands();

    ActuatorWrites(EepRegistry profiles, GatewaySender sender, Confirmations confirmations) {
        this.profiles = profiles;
        this.sender = sender;
        this.confirmations = confirmations;
    }

    /**
     * Applies a write; the future completes when the device (or for A5-38-08 the gateway) took it. A value no telegram
     * will report (a set point) goes to {@code bus} before.
     */
    CompletableFuture<Void> write(EnoceanDevice device, WriteCommand c, BusMessages bus) {
        if (c.value() == null) {
            // Every priority relinquished and no default: the device keeps what it has.
            return CompletableFuture.completedFuture(null);
        }
        try {
            return dispatch(device, c, bus);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<Void> dispatch(EnoceanDevice device, WriteCommand c, BusMessages bus) {
        EepId eep = device.eepId();
        EepActuator profile = profiles.actuator(eep)
                .orElseThrow(() -> new IllegalArgumentException(device.eep() + " devices take no commands"));
        String resource = ResourceNames.toProfile(c.resourceId());
        if (DeviceKinds.isSwitchActuator(eep)) {
            return switchOutput(device, profile, resource, c);
        }
        if (DeviceKinds.isValve(eep)) {
            return valve(device, profile, resource, c, bus);
        }
        return centralCommand(device, profile, resource, c, bus);
    }

    /** What a device reported: it may confirm a write, and a valve waits for its answer. */
    void onReport(EnoceanDevice device, Map<String, Object> values, boolean dataTelegram) {
        confirmations.onValues(device.senderId(), values);
        if (dataTelegram && DeviceKinds.isValve(device.eepId())) {
            EepActuator profile = profiles.actuator(device.eepId()).orElseThrow();
            valves.answer(profile, device.senderId())
                    .ifPresent(answer -> send(device, answer, false).exceptionally(e -> {
                        LOG.warn(
                                "Set point for valve {} not sent: {}",
                                device.sender(),
                                unwrap(e).getMessage());
                        return null;
                    }));
        }
    }

    private CompletableFuture<Void> switchOutput(
            EnoceanDevice device, EepActuator profile, String resource, WriteCommand c) {
        Command set = profile.commandFor(resource, c.value());
        int dimTimer = device.dimTimer() == null ? 0 : device.dimTimer();
        Map<String, Object> args = new HashMap<>(set.arguments());
        args.put("dimTimer", dimTimer);
        EepData data = profile.encodeCommand(new Command(set.name(), args));
        double expected = ((Number) args.get("value")).doubleValue();
        CompletableFuture<Void> confirmed =
                confirmations.expect(device.senderId(), c.resourceId(), expected, dimTimer == 0);
        send(device, data, true).exceptionally(e -> {
            confirmations.fail(device.senderId(), c.resourceId(), unwrap(e));
            return null;
        });
        confirmed.thenRun(() -> queryPower(device, profile, set.arguments().get("channel")));
        return confirmed;
    }

    /**
     * Asks a D2-01 actuator for the power of a channel it just switched (CMD 6); a metering actuator answers with a
     * measurement response (CMD 7) that becomes its {@code power} resource, others ignore the query. The write's
     * outcome does not wait for it.
     */
    private void queryPower(EnoceanDevice device, EepActuator profile, Object channel) {
        EepData query = profile.encodeCommand(Command.of("queryMeasurement", "channel", channel, "kind", "power"));
        send(device, query, true).exceptionally(e -> {
            LOG.debug(
                    "Measurement query to {} not sent: {}",
                    device.sender(),
                    unwrap(e).getMessage());
            return null;
        });
    }

    private CompletableFuture<Void> centralCommand(
            EnoceanDevice device, EepActuator profile, String resource, WriteCommand c, BusMessages bus) {
        if (c.resourceId().equals(TEACH_IN)) {
            if (!Boolean.TRUE.equals(c.value())) {
                return CompletableFuture.completedFuture(null);
            }
            EepData teachIn = FourBsTeachIn.Serializer.encode(FourBsTeachIn.query(device.eepId(), ANY_MANUFACTURER));
            return send(device, teachIn, false);
        }
        EepData data = profile.encodeCommand(profile.commandFor(resource, c.value()));
        return send(device, data, false).thenRun(() -> bus.publish(c.objectId(), c.resourceId(), c.value()));
    }

    private CompletableFuture<Void> valve(
            EnoceanDevice device, EepActuator profile, String resource, WriteCommand c, BusMessages bus) {
        profile.commandFor(resource, c.value());
        valves.set(profile, device.senderId(), resource, c.value());
        if (!resource.equals("valvePosition")) {
            // The valve reports its position, not its set points: the bus shows the set point written.
            bus.publish(c.objectId(), c.resourceId(), c.value());
        }
        return CompletableFuture.completedFuture(null);
    }

    /**
     * Sends from the device's sender ID; VLD commands go addressed to the device, 4BS commands broadcast, as 4BS
     * receivers filter by the sender ID they learned and may not take addressed (ADT) telegrams.
     */
    private CompletableFuture<Void> send(EnoceanDevice device, EepData data, boolean addressed) {
        int offset = device.senderOffset() == null ? 0 : device.senderOffset();
        return sender.sendFrom(
                offset, sender -> addressed ? data.toTelegram(sender, device.senderId()) : data.toTelegram(sender));
    }

    static Throwable unwrap(Throwable e) {
        return e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
    }
}
