// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan;

/**
 * How one gateway heard a frame.
 *
 * @param gatewayEui the gateway, 16 hex digits
 * @param rssi       dBm
 * @param snr        dB
 * @param frequency  MHz
 * @param dataRate   "SF7BW125"
 * @param tmst       the gateway's microsecond counter at reception
 * @param time       the gateway's UTC time of reception, or null
 */
public record Reception(
        String gatewayEui, int rssi, double snr, double frequency, String dataRate, long tmst, String time) {}
