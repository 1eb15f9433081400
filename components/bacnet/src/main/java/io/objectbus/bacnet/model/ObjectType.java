// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.model;

/** BACnetObjectType values (ASHRAE 135 clause 21) and their names. Types 128..1023 are proprietary. */
public final class ObjectType {
    public static final int ANALOG_INPUT = 0;
    public static final int ANALOG_OUTPUT = 1;
    public static final int ANALOG_VALUE = 2;
    public static final int BINARY_INPUT = 3;
    public static final int BINARY_OUTPUT = 4;
    public static final int BINARY_VALUE = 5;
    public static final int DEVICE = 8;
    public static final int MULTI_STATE_INPUT = 13;
    public static final int MULTI_STATE_OUTPUT = 14;
    public static final int MULTI_STATE_VALUE = 19;

    /** Standard names of types 0..56, space separated. */
    private static final String[] STANDARD =
            ("analog-input analog-output analog-value binary-input binary-output binary-value calendar command "
                            + "device event-enrollment file group loop multi-state-input multi-state-output notification-class "
                            + "program schedule averaging multi-state-value trend-log life-safety-point life-safety-zone "
                            + "accumulator pulse-converter event-log global-group trend-log-multiple load-control structured-view "
                            + "access-door timer access-credential access-point access-rights access-user access-zone "
                            + "credential-data-input network-security bitstring-value characterstring-value date-pattern-value "
                            + "date-value datetime-pattern-value datetime-value integer-value large-analog-value octetstring-value "
                            + "positive-integer-value time-pattern-value time-value notification-forwarder alert-enrollment "
                            + "channel lighting-output binary-lighting-output network-port")
                    .split(" ");

    private static final Names NAMES = table();

    private ObjectType() {}

    private static Names table() {
        Names names = new Names("object-type");
        for (int i = 0; i < STANDARD.length; i++) {
            names.add(i, STANDARD[i]);
        }
        return names.alias("AI", 0)
                .alias("AO", 1)
                .alias("AV", 2)
                .alias("BI", 3)
                .alias("BO", 4)
                .alias("BV", 5)
                .alias("DEV", 8)
                .alias("MI", 13)
                .alias("MSI", 13)
                .alias("MO", 14)
                .alias("MSO", 14)
                .alias("MV", 19)
                .alias("MSV", 19);
    }

    /** The standard name, e.g. {@code analog-input}. */
    public static String name(int type) {
        return NAMES.name(type);
    }

    /** Parses a name ({@code analog-input}, {@code analogInput}), an abbreviation ({@code AI}) or a number. */
    public static int parse(String text) {
        return NAMES.parse(text);
    }

    /** Analog objects carry a REAL present-value. */
    public static boolean isAnalog(int type) {
        return type == ANALOG_INPUT || type == ANALOG_OUTPUT || type == ANALOG_VALUE;
    }

    /** Binary objects carry an ENUMERATED present-value (0 inactive, 1 active). */
    public static boolean isBinary(int type) {
        return type == BINARY_INPUT || type == BINARY_OUTPUT || type == BINARY_VALUE;
    }

    /** Multi-state objects carry an Unsigned present-value, 1..number-of-states. */
    public static boolean isMultiState(int type) {
        return type == MULTI_STATE_INPUT || type == MULTI_STATE_OUTPUT || type == MULTI_STATE_VALUE;
    }
}
