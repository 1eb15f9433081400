// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean.adapter;

import io.objectbus.component.ObjectBusConstants;
import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.transforms.enocean.DeviceRegistry;
import io.objectbus.transforms.enocean.EnoceanDevice;
import io.objectbus.transforms.enocean.EnoceanNormaliser;
import io.objectbus.transforms.enocean.TeachInRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a received telegram means: in learn mode a teach-in adds (or deletes) a device; a known device's telegram
 * becomes its values, the message of the exchange for the route's {@code objectbus:publish}; anything else is an
 * unknown sender, reported as an event of the gateway object.
 */
final class Telegrams {

    /** The exchange property that carries a device's report from the telegram step to the confirm step. */
    static final String REPORT = "EnoceanReport";

    private static final Logger LOG = LoggerFactory.getLogger(Telegrams.class);

    private final EnoceanNormaliser normaliser;
    private final DeviceRegistry registry;
    private final LearnMode learnMode;
    private final TeachIns teachIns;
    private final GatewayValues gateway;
    private final IntPredicate knownElsewhere;
    private final String gatewayId;
    private final UnknownSenders unknown = new UnknownSenders();
    private final Map<Integer, List<String>> lastProblems = new ConcurrentHashMap<>();

    /** What a device's telegram reported, for the writes it may confirm. */
    record Report(EnoceanDevice device, Map<String, Object> values, boolean data) {}

    Telegrams(
            EnoceanNormaliser normaliser,
            DeviceRegistry registry,
            LearnMode learnMode,
            TeachIns teachIns,
            GatewayValues gateway,
            IntPredicate knownElsewhere,
            String gatewayId) {
        this.normaliser = normaliser;
        this.registry = registry;
        this.learnMode = learnMode;
        this.teachIns = teachIns;
        this.gateway = gateway;
        this.knownElsewhere = knownElsewhere;
        this.gatewayId = gatewayId;
    }

    void handle(Erp1Telegram t, Instant now, Exchange exchange, BusMessages bus) {
        Optional<TeachInRequest> teachIn = TeachInRequest.of(t);
        if (learnMode.on() && teachIn.isPresent() && teachIns.accept(t, teachIn.get(), now, bus)) {
            unknown.forget(t.senderId());
            gateway.deviceCount(bus);
            return;
        }
        Optional<EnoceanDevice> device = registry.find(t.senderId());
        if (device.isPresent()) {
            report(device.get(), t, teachIn.isEmpty(), now, exchange, bus);
        } else if (!knownElsewhere.test(t.senderId())) {
            unknown.report(t, teachIn, learnMode.on(), now).ifPresent(event -> {
                LOG.info("EnOcean gateway {}: unknown sender {}", gatewayId, event);
                bus.event(gatewayId, event);
            });
        }
    }

    private void report(
            EnoceanDevice device, Erp1Telegram t, boolean data, Instant now, Exchange exchange, BusMessages bus) {
        EnoceanNormaliser.Normalised n = normaliser.normalise(device, t, now);
        if (!n.values().isEmpty()) {
            exchange.getMessage().setBody(n.values());
            exchange.getMessage().setHeader(ObjectBusConstants.OBJECT, n.objectId());
            exchange.getMessage().setHeader(ObjectBusConstants.TIMESTAMP, now);
        }
        if (data) {
            // Many sensors send a teach-in when their battery goes in: for a known device that is no problem.
            reportProblems(device, n.problems(), bus);
        }
        exchange.setProperty(REPORT, new Report(device, n.values(), data));
    }

    /** Logs and publishes a device's decoding problems when they change, so a faulty sensor does not flood. */
    private void reportProblems(EnoceanDevice device, List<String> problems, BusMessages bus) {
        List<String> previous = lastProblems.put(device.senderId(), problems);
        if (!problems.isEmpty() && !problems.equals(previous)) {
            LOG.warn("EnOcean device {} ({}): {}", device.sender(), device.eep(), problems);
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("event", "decode-problem");
            event.put("problems", problems);
            bus.event(device.objectId(), event);
        }
    }
}
