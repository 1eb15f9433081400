// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan;

import java.util.List;

/**
 * A data uplink that passed the MIC and frame counter checks, heard by one or more gateways and delivered once.
 *
 * @param devEui    the device, 16 hex digits
 * @param devAddr   its session address, 8 hex digits
 * @param fCnt      the full 32-bit uplink frame counter
 * @param fPort     0..255, or -1 for a frame without payload
 * @param payload   the decrypted FRMPayload
 * @param confirmed whether the device asked for an acknowledgement
 * @param ack       whether the frame acknowledges the last confirmed downlink
 * @param best      the reception with the strongest signal
 * @param receptions every gateway that heard the frame
 */
public record Uplink(
        String devEui,
        String devAddr,
        long fCnt,
        int fPort,
        byte[] payload,
        boolean confirmed,
        boolean ack,
        Reception best,
        List<Reception> receptions) {}
