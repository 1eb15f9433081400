// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.modbus;

import io.objectbus.bus.WriteCommand;
import io.objectbus.modbus.model.ModbusReading;
import io.objectbus.modbus.model.ModbusWrite;
import io.objectbus.modbus.model.Register;
import io.objectbus.modbus.model.RegisterMap;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects of one Modbus adapter: each register map entry is a resource of the object {@code {name}}, or of
 * {@code {name}-{object}} where the entry names one; remembers which entry backs each resource, with its meaning.
 */
public final class ModbusObjects {

    record Binding(String objectId, Register register, RegisterMeaning meaning) {}

    private final String adapter;
    private volatile Map<String, Binding> byRegister = Map.of();
    private volatile Map<String, Binding> byResource = Map.of();

    public ModbusObjects(String adapter) {
        this.adapter = adapter;
    }

    /** @throws IllegalArgumentException naming the entry whose meaning does not read */
    public synchronized List<ObjectDescriptor> describe(RegisterMap map, String type) {
        Map<String, Binding> registers = new LinkedHashMap<>();
        Map<String, Map<String, ResourceDescriptor>> objects = new LinkedHashMap<>();
        for (Register register : map.registers()) {
            RegisterMeaning meaning = RegisterMeaning.of(register);
            String objectId = meaning.object() == null ? adapter : adapter + "-" + meaning.object();
            registers.put(register.name(), new Binding(objectId, register, meaning));
            objects.computeIfAbsent(objectId, id -> new LinkedHashMap<>())
                    .put(register.name(), resource(register, meaning));
        }
        byRegister = Map.copyOf(registers);
        Map<String, Binding> resources = new LinkedHashMap<>();
        registers
                .values()
                .forEach(b -> resources.put(b.objectId() + "/" + b.register().name(), b));
        byResource = Map.copyOf(resources);
        List<ObjectDescriptor> descriptors = new ArrayList<>();
        objects.forEach((id, res) ->
                descriptors.add(new ObjectDescriptor(id, id, type, "modbus", null, null, List.of(adapter), res, 0)));
        return descriptors;
    }

    private static ResourceDescriptor resource(Register register, RegisterMeaning meaning) {
        ResourceDescriptor resource =
                meaning.isBoolean(register) ? ResourceDescriptor.bool() : ResourceDescriptor.number(meaning.unit());
        resource = resource.described(null, meaning.description() == null ? register.where() : meaning.description());
        if (meaning.linear() != null) {
            resource = resource.range(
                    Math.min(meaning.linear().outLow(), meaning.linear().outHigh()),
                    Math.max(meaning.linear().outLow(), meaning.linear().outHigh()));
        }
        return register.writable() && meaning.invertible() ? resource.writable(null) : resource;
    }

    /** Values as the bus's publish maps ({@code object, resource, v, q, r, ts}); unknown entries are left out. */
    public List<Map<String, Object>> samples(List<ModbusReading> readings) {
        Map<String, Binding> registers = byRegister;
        List<Map<String, Object>> samples = new ArrayList<>(readings.size());
        for (ModbusReading reading : readings) {
            Binding binding = registers.get(reading.register().name());
            if (binding != null) {
                samples.add(ModbusSamples.sample(binding, reading));
            }
        }
        return samples;
    }

    /** @throws IllegalArgumentException when no writable entry backs the resource or the value does not fit it */
    public ModbusWrite write(WriteCommand command) {
        String target = command.objectId() + "/" + command.resourceId();
        Binding binding = byResource.get(target);
        if (binding == null) {
            throw new IllegalArgumentException("no Modbus register backs " + target);
        }
        if (command.value() == null) {
            return null;
        }
        return new ModbusWrite(binding.register().name(), ModbusSamples.raw(binding, command.value()), target);
    }
}
