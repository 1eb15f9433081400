// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.internal;

import io.objectbus.component.dali.GarbageAnswerException;
import io.objectbus.component.dali.GatewayTransport;
import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.component.dali.frame.FrameException;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daliserver TCP protocol ({@link DaliServerMessage}): one request at a time, each answered before the next.
 * Frames the gateway reports from the bus come between answers and go to the bus-frame listener.
 */
public final class DaliServerTransport implements GatewayTransport {

    private static final Logger LOG = LoggerFactory.getLogger(DaliServerTransport.class);

    private final GatewayAddress address;
    private volatile Consumer<ForwardFrame> busFrames = f -> {};
    private Socket socket;
    private DataInputStream in;
    private OutputStream out;

    public DaliServerTransport(String host, int port, int connectTimeoutMillis, int answerTimeoutMillis) {
        this.address = new GatewayAddress(host, port, connectTimeoutMillis, answerTimeoutMillis);
    }

    @Override
    public void open() throws IOException {
        Socket s = address.connect();
        socket = s;
        in = new DataInputStream(s.getInputStream());
        out = s.getOutputStream();
    }

    @Override
    public BackwardFrame transmit(ForwardFrame frame) throws IOException {
        if (socket == null) {
            throw new IOException("not connected to daliserver " + describe());
        }
        out.write(DaliServerMessage.request(frame));
        out.flush();
        while (true) {
            byte[] message = read();
            if (DaliServerMessage.isBusFrame(message)) {
                busFrames.accept(DaliServerMessage.busFrame(message));
                continue;
            }
            try {
                return DaliServerMessage.response(message, frame.bits());
            } catch (FrameException e) {
                throw new GarbageAnswerException("daliserver " + describe() + ": " + e.getMessage(), e);
            }
        }
    }

    /** Hands on the frames the gateway reported while no request was waiting; never blocks. */
    @Override
    public void pollBusFrames() throws IOException {
        while (socket != null && in.available() >= 4) {
            byte[] message = read();
            if (DaliServerMessage.isBusFrame(message)) {
                busFrames.accept(DaliServerMessage.busFrame(message));
            } else {
                LOG.warn("daliserver {} sent an answer nobody asked for; dropped", describe());
            }
        }
    }

    private byte[] read() throws IOException {
        byte[] message = new byte[4];
        try {
            in.readFully(message);
        } catch (SocketTimeoutException e) {
            throw new IOException(
                    "daliserver " + describe() + " did not answer within " + address.answerTimeoutMillis() + " ms", e);
        }
        return message;
    }

    @Override
    public void onBusFrame(Consumer<ForwardFrame> listener) {
        this.busFrames = listener;
    }

    @Override
    public String describe() {
        return address.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            GatewayAddress.close(socket);
            socket = null;
        }
    }
}
