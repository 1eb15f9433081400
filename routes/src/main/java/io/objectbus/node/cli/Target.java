// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.cli;

import picocli.CommandLine;

/** {@code node/object} or {@code node/object/resource} as the commands take it. */
record Target(String[] parts) {

    static Target of(String text, int levels) {
        String[] parts = text.split("/");
        if (parts.length != levels || text.matches(".*[^A-Za-z0-9_/-].*")) {
            throw new CommandLine.ParameterException(
                    new CommandLine(new ObjectbusCli()),
                    "expected " + (levels == 2 ? "node/object" : "node/object/resource") + ", got " + text);
        }
        return new Target(parts);
    }

    String path() {
        return String.join("/", parts);
    }
}
