// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.internal;

import io.objectbus.component.dali.GarbageAnswerException;
import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.DimmingCurve;

/**
 * A HelvarNet answer (without its closing {@code #}) to a query as a backward frame: {@code ?V:2,<request>=<value>}
 * an answer, {@code !V:2,<request>=11} ("device does not exist") no answer; anything else is garbage.
 */
public final class HelvarNetAnswer {

    /** HelvarNet error 11: the device does not exist. */
    static final String NO_SUCH_DEVICE = "11";

    private static final int LAMP_FAILURE_BIT = 1 << 1;

    private HelvarNetAnswer() {}

    /** @param reply how the value reads: a level in percent, presence, or a lamp failure flag */
    public static BackwardFrame decode(String answer, String request, HelvarNetCommands.Reply reply)
            throws GarbageAnswerException {
        int eq = answer.lastIndexOf('=');
        boolean ok = answer.startsWith("?V:2," + request + "=");
        boolean error = answer.startsWith("!V:2," + request + "=");
        if (eq < 0 || !ok && !error) {
            throw new GarbageAnswerException("HelvarNet answered '" + answer + "' to " + request, null);
        }
        String value = answer.substring(eq + 1);
        if (error) {
            if (NO_SUCH_DEVICE.equals(value)) {
                return BackwardFrame.none();
            }
            throw new GarbageAnswerException("HelvarNet answered error " + value + " to " + request, null);
        }
        try {
            return switch (reply) {
                case PRESENT -> BackwardFrame.answer(BackwardFrame.YES);
                case LEVEL -> BackwardFrame.answer(DimmingCurve.arc(Double.parseDouble(value)));
                case LAMP_FAILURE -> BackwardFrame.answer(flag(value) ? LAMP_FAILURE_BIT : 0);
                case GROUPS_0_7, GROUPS_8_15 -> throw new IllegalArgumentException("not a single answer");
            };
        } catch (IllegalArgumentException e) {
            throw new GarbageAnswerException("HelvarNet answered '" + value + "' to " + request, e);
        }
    }

    /**
     * The devices of a 164 Query Group answer ({@code ?V:2,C:164,G:2=@1.2.1.4,@1.2.1.5}); an error answer is a group
     * the router does not have, so no devices.
     */
    static java.util.List<String> devices(String answer, String request) throws GarbageAnswerException {
        if (answer.startsWith("!V:2," + request + "=")) {
            return java.util.List.of();
        }
        if (!answer.startsWith("?V:2," + request + "=")) {
            throw new GarbageAnswerException("HelvarNet answered '" + answer + "' to " + request, null);
        }
        String list = answer.substring(answer.indexOf('=') + 1).trim();
        java.util.List<String> devices = list.isEmpty() ? java.util.List.of() : java.util.List.of(list.split(","));
        for (String device : devices) {
            if (!device.matches("@\\d+\\.\\d+\\.\\d+\\.\\d+")) {
                throw new GarbageAnswerException("HelvarNet answered '" + answer + "' to " + request, null);
            }
        }
        return devices;
    }

    private static boolean flag(String value) {
        return switch (value) {
            case "1" -> true;
            case "0" -> false;
            default -> throw new IllegalArgumentException("not 0 or 1");
        };
    }
}
