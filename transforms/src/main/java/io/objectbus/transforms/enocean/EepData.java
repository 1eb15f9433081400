// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import io.objectbus.component.enocean.frame.Erp1Telegram;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Encoded telegram content: RORG, user data and the status bits the profile needs (T21/NU for RPS, else 0).
 *
 * @param rorg   the RORG to send with
 * @param data   the user data bytes
 * @param status the ERP1 status byte
 */
public record EepData(int rorg, byte[] data, int status) {

    public EepData {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** A broadcast telegram from {@code senderId}. */
    public Erp1Telegram toTelegram(int senderId) {
        Erp1Telegram t = Erp1Telegram.outgoing(rorg, data, senderId);
        return new Erp1Telegram(
                rorg, data, senderId, status, t.subTelegramCount(), t.destinationId(), t.dbm(), t.securityLevel());
    }

    /** A telegram from {@code senderId} addressed to one device. */
    public Erp1Telegram toTelegram(int senderId, int destinationId) {
        Erp1Telegram t = Erp1Telegram.addressed(rorg, data, senderId, destinationId);
        return new Erp1Telegram(
                rorg, data, senderId, status, t.subTelegramCount(), destinationId, t.dbm(), t.securityLevel());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EepData d && d.rorg == rorg && d.status == status && Arrays.equals(d.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rorg + status) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return String.format(
                "EepData[%02X %s status=%02X]",
                rorg, HexFormat.of().withUpperCase().formatHex(data), status);
    }
}
