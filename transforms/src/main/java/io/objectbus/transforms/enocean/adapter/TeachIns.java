// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean.adapter;

import io.objectbus.component.enocean.frame.EnoceanIds;
import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.transforms.enocean.DeviceRegistry;
import io.objectbus.transforms.enocean.EepData;
import io.objectbus.transforms.enocean.EepId;
import io.objectbus.transforms.enocean.EnoceanDevice;
import io.objectbus.transforms.enocean.EnoceanNormaliser;
import io.objectbus.transforms.enocean.TeachInRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Teach-in while learn mode is on: a device announcing a supported profile is added to the device file and appears
 * on the bus at once; it gets the answer it waits for (UTE response, 4BS teach-in response), sent from the sender ID
 * the adapter will command it from. A UTE deletion request removes the device.
 */
final class TeachIns {

    private static final Logger LOG = LoggerFactory.getLogger(TeachIns.class);

    private final DeviceRegistry registry;
    private final EnoceanNormaliser normaliser;
    private final GatewaySender sender;
    private final String gatewayId;

    TeachIns(DeviceRegistry registry, EnoceanNormaliser normaliser, GatewaySender sender, String gatewayId) {
        this.registry = registry;
        this.normaliser = normaliser;
        this.sender = sender;
        this.gatewayId = gatewayId;
    }

    /**
     * Handles a teach-in request; returns false when it carries no profile, so the sender stays unknown and is
     * reported as such. What the bus is to learn goes to {@code bus}.
     */
    boolean accept(Erp1Telegram t, TeachInRequest request, Instant now, BusMessages bus) {
        EepId eep = request.eep().orElse(null);
        if (eep == null) {
            return false;
        }
        if (request.deletion()) {
            delete(t, request, bus);
        } else if (normaliser.profiles().find(eep).isEmpty()) {
            refuse(t, request, eep, "profile " + eep + " is not supported", bus);
        } else {
            add(t, request, eep, now, bus);
        }
        return true;
    }

    private void add(Erp1Telegram t, TeachInRequest request, EepId eep, Instant now, BusMessages bus) {
        EnoceanDevice device;
        try {
            device = register(t, request, eep, now);
        } catch (RuntimeException e) {
            refuse(t, request, eep, e.getMessage(), bus);
            return;
        }
        bus.describe(normaliser.describe(device));
        LOG.info(
                "EnOcean device {} taught in as {} on {}: object {}",
                device.sender(),
                eep,
                gatewayId,
                device.objectId());
        bus.event(gatewayId, event("taught-in", t, eep, "object", device.objectId()));
        answer(t, request, true, device.senderOffset());
    }

    /** Taught in again with the same profile, a device stays as it was, with its configured name and options. */
    private EnoceanDevice register(Erp1Telegram t, TeachInRequest request, EepId eep, Instant now) {
        return registry.find(t.senderId())
                .filter(d -> d.eepId().equals(eep))
                .orElseGet(() -> registry.teachIn(EnoceanDevice.taughtIn(
                        t.senderId(), eep, request.manufacturer(), request.channels(), now.toString())));
    }

    private void delete(Erp1Telegram t, TeachInRequest request, BusMessages bus) {
        registry.find(t.senderId()).ifPresent(device -> {
            registry.remove(t.senderId());
            bus.remove(device.objectId());
            LOG.info("EnOcean device {} deleted its teach-in on {}", device.sender(), gatewayId);
            bus.event(gatewayId, event("deleted", t, device.eepId(), "object", device.objectId()));
        });
        answer(t, request, true, null);
    }

    private void refuse(Erp1Telegram t, TeachInRequest request, EepId eep, String reason, BusMessages bus) {
        LOG.warn("EnOcean teach-in of {} refused: {}", EnoceanIds.toHex(t.senderId()), reason);
        bus.event(gatewayId, event("teach-in-refused", t, eep, "reason", reason));
        answer(t, request, false, null);
    }

    private void answer(Erp1Telegram t, TeachInRequest request, boolean accepted, Integer offset) {
        EepData answer = request.answer(accepted).orElse(null);
        if (answer == null) {
            return;
        }
        sender.sendFrom(offset == null ? 0 : offset, from -> answer.toTelegram(from, t.senderId()))
                .exceptionally(e -> {
                    LOG.warn("Teach-in answer to {} not sent: {}", EnoceanIds.toHex(t.senderId()), e.getMessage());
                    return null;
                });
    }

    private static Map<String, Object> event(String name, Erp1Telegram t, EepId eep, String key, String value) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event", name);
        event.put("sender", EnoceanIds.toHex(t.senderId()));
        event.put("eep", eep.toString());
        event.put(key, value);
        return event;
    }
}
