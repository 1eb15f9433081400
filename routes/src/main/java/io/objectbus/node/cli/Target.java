// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.cli;

import picocli.CommandLine;

/** {@code node/object} or {@code node/object/resource} as the commands take it; {@code +} where a command allows. */
record Target(String[] parts) {

    static Target of(CommandLine command, String text, int levels, boolean wildcards) {
        String[] parts = text.split("/", -1);
        String allowed = wildcards ? "[A-Za-z0-9_+-]+" : "[A-Za-z0-9_-]+";
        boolean valid = parts.length == levels;
        for (String part : parts) {
            valid &= part.matches(allowed) && (!part.contains("+") || part.equals("+"));
        }
        if (!valid) {
            throw new CommandLine.ParameterException(
                    command, "expected " + (levels == 2 ? "node/object" : "node/object/resource") + ", got " + text);
        }
        return new Target(parts);
    }

    String node() {
        return parts[0];
    }

    String object() {
        return parts[1];
    }

    String resource() {
        return parts[2];
    }

    String path() {
        return String.join("/", parts);
    }
}
