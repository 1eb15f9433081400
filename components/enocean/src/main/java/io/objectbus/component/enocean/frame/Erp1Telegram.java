// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.frame;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An ERP1 radio telegram as carried by an ESP3 RADIO_ERP1 packet (ESP3 clause 2.1, packet type 1).
 *
 * <pre>
 * Data           RORG (1), user data (n: RPS/1BS 1, 4BS 4, VLD 1..14, UTE 7), sender ID (4), status (1)
 * Optional data  sub-telegram number (1), destination ID (4), dBm (1), security level (1)
 * </pre>
 *
 * <p>The status byte carries the repeater count in its low nibble; for RPS telegrams bit 5 is T21 and bit 4 is NU
 * (EEP 2.6, clause 1.4). On receipt the dBm byte is the best RSSI of all sub-telegrams without its minus sign; when
 * sending it is 0xFF. This record keeps it as a signed value: received {@code 0x2D} reads {@code -45}, and the send
 * marker 0xFF reads {@link #NO_DBM}.
 *
 * @param rorg             radio organisation number, 0..255 (see {@link Rorg})
 * @param userData         the payload between RORG and sender ID
 * @param senderId         32-bit sender ID
 * @param status           status byte, 0..255
 * @param subTelegramCount number of sub-telegrams, 0..255 (send: 3)
 * @param destinationId    32-bit destination ID ({@link EnoceanIds#BROADCAST} when not addressed)
 * @param dbm              RSSI in dBm, -254..0, or {@link #NO_DBM}
 * @param securityLevel    security level, 0 = telegram not processed by security
 */
public record Erp1Telegram(
        int rorg,
        byte[] userData,
        int senderId,
        int status,
        int subTelegramCount,
        int destinationId,
        int dbm,
        int securityLevel) {

    /** The dBm value that stands for "no RSSI" (0xFF on the wire, the send case). */
    public static final int NO_DBM = -255;
    /** Sub-telegram number the ESP3 specification asks for when sending. */
    public static final int SEND_SUB_TELEGRAMS = 3;

    public Erp1Telegram {
        userData = userData == null ? new byte[0] : userData.clone();
        requireByte(rorg, "RORG");
        requireByte(status, "status");
        requireByte(subTelegramCount, "sub-telegram count");
        requireByte(securityLevel, "security level");
        if (dbm > 0 || dbm < NO_DBM) {
            throw new IllegalArgumentException("dBm out of range: " + dbm);
        }
    }

    /** A telegram to send: broadcast, no repeater count, the send defaults for the optional data. */
    public static Erp1Telegram outgoing(int rorg, byte[] userData, int senderId) {
        return addressed(rorg, userData, senderId, EnoceanIds.BROADCAST);
    }

    /** A telegram to send to one destination (addressed telegrams, e.g. a UTE teach-in response). */
    public static Erp1Telegram addressed(int rorg, byte[] userData, int senderId, int destinationId) {
        return new Erp1Telegram(rorg, userData, senderId, 0, SEND_SUB_TELEGRAMS, destinationId, NO_DBM, 0);
    }

    @Override
    public byte[] userData() {
        return userData.clone();
    }

    /** How many repeaters passed this telegram on, from the low nibble of the status byte. */
    public int repeaterCount() {
        return status & 0x0F;
    }

    /** Whether an RSSI was reported. */
    public boolean hasDbm() {
        return dbm != NO_DBM;
    }

    /** The same telegram from another sender, as a gateway sends it from one of its base IDs. */
    public Erp1Telegram withSenderId(int newSenderId) {
        return new Erp1Telegram(
                rorg, userData, newSenderId, status, subTelegramCount, destinationId, dbm, securityLevel);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Erp1Telegram t
                && t.rorg == rorg
                && Arrays.equals(t.userData, userData)
                && t.senderId == senderId
                && t.status == status
                && t.subTelegramCount == subTelegramCount
                && t.destinationId == destinationId
                && t.dbm == dbm
                && t.securityLevel == securityLevel;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(
                new int[] {rorg, Arrays.hashCode(userData), senderId, status, destinationId, dbm, securityLevel});
    }

    @Override
    public String toString() {
        return "Erp1Telegram[" + Rorg.name(rorg) + " "
                + HexFormat.of().withUpperCase().formatHex(userData)
                + " from " + EnoceanIds.toHex(senderId) + " to " + EnoceanIds.toHex(destinationId)
                + ", status=" + String.format("%02X", status) + ", dBm=" + (hasDbm() ? dbm : "-") + "]";
    }

    private static void requireByte(int value, String what) {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException(what + " out of range: " + value);
        }
    }

    /** Converts between telegrams and RADIO_ERP1 packets. */
    public static final class Serializer {

        private static final int OPTIONAL_LENGTH = 7;

        private Serializer() {}

        /** The RADIO_ERP1 packet carrying this telegram, with the 7 optional bytes. */
        public static Esp3Packet encode(Erp1Telegram t) {
            byte[] data = new byte[t.userData.length + 6];
            data[0] = (byte) t.rorg;
            System.arraycopy(t.userData, 0, data, 1, t.userData.length);
            EnoceanIds.write(t.senderId, data, data.length - 5);
            data[data.length - 1] = (byte) t.status;
            byte[] optional = new byte[OPTIONAL_LENGTH];
            optional[0] = (byte) t.subTelegramCount;
            EnoceanIds.write(t.destinationId, optional, 1);
            optional[5] = (byte) -t.dbm;
            optional[6] = (byte) t.securityLevel;
            return new Esp3Packet(PacketType.RADIO_ERP1, data, optional);
        }

        /**
         * The telegram in a RADIO_ERP1 packet. Optional data shorter than 7 bytes (some gateways send none) leaves
         * the missing fields at their send defaults.
         *
         * @throws FrameException when the packet is not RADIO_ERP1 or its data is shorter than 6 bytes
         */
        public static Erp1Telegram decode(Esp3Packet packet) throws FrameException {
            if (!packet.is(PacketType.RADIO_ERP1)) {
                throw new FrameException("not a RADIO_ERP1 packet: " + packet.packetType());
            }
            byte[] data = packet.data();
            if (data.length < 6) {
                throw new FrameException("ERP1 data too short: " + data.length + " bytes, at least 6 expected");
            }
            byte[] user = Arrays.copyOfRange(data, 1, data.length - 5);
            int sender = EnoceanIds.read(data, data.length - 5);
            byte[] o = packet.optionalData();
            int subTel = o.length > 0 ? o[0] & 0xFF : 0;
            int destination = o.length >= 5 ? EnoceanIds.read(o, 1) : EnoceanIds.BROADCAST;
            int dbm = o.length >= 6 ? -(o[5] & 0xFF) : NO_DBM;
            int security = o.length >= 7 ? o[6] & 0xFF : 0;
            return new Erp1Telegram(
                    data[0] & 0xFF, user, sender, data[data.length - 1] & 0xFF, subTel, destination, dbm, security);
        }
    }
}
