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

    private HelvarNetAnswer() {}

    /**
     * @param level true: the value is a level in percent, answered as its arc power level; false: any value is YES
     */
    public static BackwardFrame decode(String answer, String request, boolean level) throws GarbageAnswerException {
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
        if (!level) {
            return BackwardFrame.answer(BackwardFrame.YES);
        }
        try {
            return BackwardFrame.answer(DimmingCurve.arc(Double.parseDouble(value)));
        } catch (IllegalArgumentException e) {
            throw new GarbageAnswerException("HelvarNet answered level '" + value + "' to " + request, e);
        }
    }
}
