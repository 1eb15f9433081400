// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A device's register map, read from YAML: a list of entries with {@code name}, {@code table} (holding, input, coil,
 * discrete), {@code address}, {@code type} (int16, uint16, int32, uint32, float32, bit), {@code wordOrder} (big,
 * little), {@code bit} (a bit of a register), {@code writable}; any other key is kept for the mapping.
 */
public record RegisterMap(List<Register> registers) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Set<String> PROTOCOL_KEYS =
            Set.of("name", "table", "address", "type", "wordOrder", "bit", "writable");

    public RegisterMap {
        registers = List.copyOf(registers);
    }

    /** @throws IllegalArgumentException naming the entry and what is wrong with it */
    public static RegisterMap parse(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            throw new IllegalArgumentException("the register map is empty: list at least one register");
        }
        Object tree;
        try {
            tree = YAML.readValue(oneLineAsFlow(yaml), Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the register map is not YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null
                            ? ""
                            : " (line " + e.getLocation().getLineNr() + ")"));
        }
        if (!(tree instanceof List<?> entries) || entries.isEmpty()) {
            throw new IllegalArgumentException("the register map must be a YAML list of registers (- name: ...)");
        }
        List<Register> registers = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Register register = entry(i + 1, entries.get(i));
            if (!names.add(register.name())) {
                throw new IllegalArgumentException(
                        "register map entry " + (i + 1) + ": the name " + register.name() + " is used twice");
            }
            registers.add(register);
        }
        return new RegisterMap(registers);
    }

    /**
     * An endpoint URI loses the newlines of a multi-line parameter, so a map written one flow mapping per line
     * ({@code - {name: a, ...}}) arrives as {@code - {...} - {...}}: read as the flow sequence it was.
     */
    private static String oneLineAsFlow(String yaml) {
        String text = yaml.trim();
        if (text.contains("\n") || !text.startsWith("-")) {
            return text;
        }
        if (!text.startsWith("- {") && !text.startsWith("-{")) {
            throw new IllegalArgumentException("the register map lost its line breaks on the way to the endpoint: write"
                    + " each register as a flow mapping on its own line, - {name: level, table: input, address: 0}");
        }
        return "[" + text.substring(1).trim().replaceAll("\\}\\s*-\\s*\\{", "}, {") + "]";
    }

    public Register register(String name) {
        return registers.stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no register named " + name + " in the map"));
    }

    private static Register entry(int index, Object entry) {
        if (!(entry instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("register map entry " + index + " is not a map of name, table, ...");
        }
        String label = "register map entry " + index + (map.get("name") == null ? "" : " (" + map.get("name") + ")");
        try {
            return RegisterEntries.read(map, meaning(map));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(label + ": " + e.getMessage());
        }
    }

    private static Map<String, Object> meaning(Map<?, ?> map) {
        Map<String, Object> meaning = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (!PROTOCOL_KEYS.contains(String.valueOf(k)) && v != null) {
                meaning.put(String.valueOf(k), v);
            }
        });
        return meaning;
    }

    static Pattern namePattern() {
        return NAME;
    }
}
