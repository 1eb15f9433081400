// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.internal;

import io.objectbus.component.dali.GarbageAnswerException;
import io.objectbus.component.dali.GatewayTransport;
import io.objectbus.component.dali.frame.Address;
import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.DimmingCurve;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.component.dali.frame.FrameNames;
import io.objectbus.component.dali.frame.GearCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A Helvar router's HelvarNet protocol (ASCII over TCP, port 50000; Helvar's "HelvarNet Overview"): commands
 * {@code >V:2,C:<command>,...,@<cluster.router.subnet.device>#}, answers {@code ?V:2,...=<value>#}, errors
 * {@code !V:2,...=<code>#}. HelvarNet speaks of levels and devices, not DALI frames, so this transport carries the
 * frames that have a HelvarNet form to a short address (device = short address + 1 on the configured subnet): DAPC,
 * OFF, RECALL MAX/MIN LEVEL as direct level (C:14, percent through the dimming curve), QUERY ACTUAL LEVEL (C:152)
 * and QUERY CONTROL GEAR PRESENT (C:104, device type; error 11 "no such device" is no answer). Any other frame is
 * refused with that reason; the link stays.
 */
public final class HelvarNetTransport implements GatewayTransport {

    private final String host;
    private final int port;
    private final String subnet;
    private final int connectTimeout;
    private final int answerTimeout;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /** @param subnet the DALI subnet as {@code cluster.router.subnet}, e.g. {@code 1.1.1} */
    public HelvarNetTransport(String host, int port, String subnet, int connectTimeout, int answerTimeout) {
        this.host = host;
        this.port = port;
        this.subnet = subnet;
        this.connectTimeout = connectTimeout;
        this.answerTimeout = answerTimeout;
    }

    @Override
    public void open() throws IOException {
        Socket s = new Socket();
        try {
            s.connect(new InetSocketAddress(host, port), connectTimeout);
            s.setTcpNoDelay(true);
            s.setSoTimeout(answerTimeout);
        } catch (IOException e) {
            s.close();
            throw e;
        }
        socket = s;
        in = s.getInputStream();
        out = s.getOutputStream();
    }

    @Override
    public BackwardFrame transmit(ForwardFrame frame) throws IOException {
        Address address = frame.bits() == 16 ? Address.fromByte(frame.firstByte()) : null;
        if (address == null || address.kind() != Address.Kind.SHORT) {
            throw unsupported(frame);
        }
        String device = "@" + subnet + "." + (address.number() + 1);
        if ((frame.firstByte() & 1) == 0) {
            return level(device, frame.lastByte() == 255 ? -1 : frame.lastByte());
        }
        GearCommand command = GearCommand.fromOpcode(frame.lastByte())
                .map(GearCommand.Indexed::command)
                .orElseThrow(() -> unsupported(frame));
        return switch (command) {
            case OFF -> level(device, 0);
            case RECALL_MAX_LEVEL -> level(device, 254);
            case RECALL_MIN_LEVEL -> level(device, 1);
            case QUERY_ACTUAL_LEVEL -> query("C:152," + device, true);
            case QUERY_CONTROL_GEAR_PRESENT -> query("C:104," + device, false);
            default -> throw unsupported(frame);
        };
    }

    private BackwardFrame level(String device, int arc) throws IOException {
        if (arc >= 0) {
            long percent = Math.round(DimmingCurve.percent(arc));
            send(">V:2,C:14,L:" + percent + ",F:0," + device + "#");
        }
        return BackwardFrame.none();
    }

    private BackwardFrame query(String request, boolean level) throws IOException {
        send(">V:2," + request + "#");
        return HelvarNetAnswer.decode(readAnswer(), request, level);
    }

    private void send(String command) throws IOException {
        if (socket == null) {
            throw new IOException("not connected to HelvarNet router " + describe());
        }
        out.write(command.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private String readAnswer() throws IOException {
        StringBuilder answer = new StringBuilder();
        try {
            int c;
            while ((c = in.read()) != '#') {
                if (c < 0) {
                    throw new IOException("HelvarNet router " + describe() + " closed the connection");
                }
                if (answer.length() > 256) {
                    throw new GarbageAnswerException(
                            "HelvarNet router " + describe() + " answered " + answer + "... with no end", null);
                }
                answer.append((char) c);
            }
        } catch (SocketTimeoutException e) {
            throw new IOException(
                    "HelvarNet router " + describe() + " did not answer within " + answerTimeout + " ms", e);
        }
        return answer.toString();
    }

    private static IllegalArgumentException unsupported(ForwardFrame frame) {
        return new IllegalArgumentException("HelvarNet carries no " + FrameNames.describe(frame)
                + ": only DAPC, OFF, RECALL MAX/MIN LEVEL, QUERY ACTUAL LEVEL and QUERY CONTROL GEAR PRESENT to a"
                + " short address");
    }

    @Override
    public void onBusFrame(Consumer<ForwardFrame> listener) {
        // HelvarNet reports no raw bus frames.
    }

    @Override
    public String describe() {
        return host + ":" + port;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // Closing a link that is going anyway.
            }
            socket = null;
        }
    }
}
