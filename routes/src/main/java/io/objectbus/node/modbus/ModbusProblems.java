// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.modbus;

import io.objectbus.component.ObjectBusComponent;
import io.objectbus.modbus.model.ModbusReading;
import io.objectbus.modbus.model.Register;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;

/**
 * Reads a Modbus adapter's device could not give (an exception response, no answer, an answer too short for the
 * map) go to {@code $errors} with the device's own reason, once when an entry's condition changes, not at every
 * poll: the entries that start failing with the same reason in one poll are one report. The values themselves turn
 * bad through the mapping; the other entries and adapters keep going.
 */
public final class ModbusProblems {

    private final Map<String, Map<String, String>> failing = new ConcurrentHashMap<>();

    /** Reports the new problems among the readings in the body (a list of {@link ModbusReading}). */
    public void report(Exchange exchange, String adapter) {
        @SuppressWarnings("unchecked")
        List<ModbusReading> readings = exchange.getMessage().getBody(List.class);
        Map<String, String> known = failing.computeIfAbsent(adapter, a -> new ConcurrentHashMap<>());
        Map<String, List<Register>> started = new LinkedHashMap<>();
        for (ModbusReading reading : readings) {
            String name = reading.register().name();
            if (reading.ok()) {
                known.remove(name);
            } else if (!reading.error().equals(known.put(name, reading.error()))) {
                started.computeIfAbsent(reading.error(), e -> new ArrayList<>()).add(reading.register());
            }
        }
        started.forEach((reason, registers) -> send(exchange, adapter, reason, registers));
    }

    /** The adapter starts (again): what it reported before is reported anew if it still holds. */
    public void forget(String adapter) {
        failing.remove(adapter);
    }

    private static void send(Exchange exchange, String adapter, String reason, List<Register> registers) {
        List<String> entries = new ArrayList<>();
        registers.forEach(r -> entries.add(r.name() + " (" + r.where() + ")"));
        exchange.getContext()
                .getComponent("objectbus", ObjectBusComponent.class)
                .getBus()
                .errors()
                .report(
                        "modbus adapter " + adapter,
                        "cannot read " + String.join(", ", entries) + ": " + reason,
                        String.join("\n", entries).getBytes(StandardCharsets.UTF_8));
    }
}
