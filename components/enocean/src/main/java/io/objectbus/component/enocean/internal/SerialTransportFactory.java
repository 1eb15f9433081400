// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.internal;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Serial transports through jSerialComm: ESP3 runs at 57600 baud, 8 data bits, no parity, 1 stop bit (ESP3 clause 1.2). */
public final class SerialTransportFactory implements TransportFactory {

    private final String portName;
    private final int baudRate;

    public SerialTransportFactory(String portName, int baudRate) {
        this.portName = portName;
        this.baudRate = baudRate;
    }

    @Override
    public Transport open() throws IOException {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(portName);
        } catch (RuntimeException e) {
            throw new IOException("no serial port " + portName + ": " + e.getMessage(), e);
        }
        port.setComPortParameters(baudRate, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        // Semi-blocking with no timeout: a read waits for at least one byte, so the reader thread sleeps in the OS.
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, 0, 0);
        if (!port.openPort()) {
            throw new IOException("cannot open serial port " + portName + " (error " + port.getLastErrorCode() + ")");
        }
        return new SerialTransport(port, portName + "@" + baudRate);
    }

    private record SerialTransport(SerialPort port, String describe) implements Transport {

        @Override
        public InputStream input() {
            return port.getInputStream();
        }

        @Override
        public OutputStream output() {
            return port.getOutputStream();
        }

        @Override
        public void close() {
            port.closePort();
        }
    }
}
