// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean.adapter;

import io.objectbus.transforms.enocean.Command;
import io.objectbus.transforms.enocean.EepActuator;
import io.objectbus.transforms.enocean.EepData;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the gateway answers a battery valve (A5-20-01). The valve sleeps, wakes every few minutes, sends its status
 * and listens for about a second for the controller's answer (EEP 2.6, A5-20-01 direction 2). So a write cannot be
 * sent when it is made: it updates the valve's set point here, and every telegram of the valve is answered with it.
 */
final class ValveCommands {

    private static final String POSITION = "valvePosition";
    private static final String TEMPERATURE = "temperatureSetPoint";

    private final Map<Integer, Map<String, Object>> setPoints = new ConcurrentHashMap<>();

    /**
     * Records a written value of a valve and returns the answer it makes; a position and a temperature set point
     * exclude each other (the SPS bit chooses one).
     *
     * @throws io.objectbus.transforms.enocean.EepException when the value does not fit, leaving the set point as it
     *     was
     */
    EepData set(EepActuator profile, int sender, String resource, Object value) {
        Map<String, Object> next = new HashMap<>(setPoints.getOrDefault(sender, Map.of()));
        if (resource.equals(POSITION)) {
            next.remove(TEMPERATURE);
        } else if (resource.equals(TEMPERATURE)) {
            next.remove(POSITION);
        }
        next.put(resource, value);
        EepData answer = profile.encodeCommand(new Command("setPoint", next));
        setPoints.put(sender, Map.copyOf(next));
        return answer;
    }

    /** The answer to the valve's latest telegram, if anything was written to it. */
    Optional<EepData> answer(EepActuator profile, int sender) {
        Map<String, Object> current = setPoints.get(sender);
        return current == null
                ? Optional.empty()
                : Optional.of(profile.encodeCommand(new Command("setPoint", current)));
    }
}
