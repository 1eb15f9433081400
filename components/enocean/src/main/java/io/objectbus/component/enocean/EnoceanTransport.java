// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean;

/** How the component reaches the gateway's ESP3 byte stream. */
public enum EnoceanTransport {
    /** A USB or serial gateway (USB 300 and alike), through jSerialComm. */
    serial,
    /** The same byte stream relayed over TCP by a ser2net-style gateway. */
    tcp
}
