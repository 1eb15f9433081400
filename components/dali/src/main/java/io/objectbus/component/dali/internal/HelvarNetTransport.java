// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.internal;

import io.objectbus.component.dali.GarbageAnswerException;
import io.objectbus.component.dali.GatewayTransport;
import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.ForwardFrame;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A Helvar router's HelvarNet protocol (ASCII over TCP, port 50000; Helvar's "HelvarNet Overview"): commands
 * {@code >V:2,C:<command>,...#}, answers {@code ?V:2,...=<value>#}, errors {@code !V:2,...=<code>#}. HelvarNet
 * speaks of devices, groups, levels and scenes, not DALI frames; {@link HelvarNetCommands} says which frame becomes
 * which command, and refuses the others with the reason (the link stays).
 */
public final class HelvarNetTransport implements GatewayTransport {

    private final GatewayAddress address;
    private final HelvarNetCommands commands;
    private final HelvarNetGroups groups = new HelvarNetGroups();
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /** @param subnet the DALI subnet as {@code cluster.router.subnet}, e.g. {@code 1.1.1} */
    public HelvarNetTransport(String host, int port, String subnet, int connectTimeout, int answerTimeout) {
        this.address = new GatewayAddress(host, port, connectTimeout, answerTimeout);
        this.commands = new HelvarNetCommands(subnet);
    }

    @Override
    public void open() throws IOException {
        groups.forget();
        Socket s = address.connect();
        socket = s;
        in = s.getInputStream();
        out = s.getOutputStream();
    }

    @Override
    public BackwardFrame transmit(ForwardFrame frame) throws IOException {
        HelvarNetCommands.Command command = commands.of(frame);
        if (command.asksGroups()) {
            int mask = groups.of(command.device(), this::ask);
            return BackwardFrame.answer(
                    command.reply() == HelvarNetCommands.Reply.GROUPS_0_7 ? mask & 0xFF : mask >> 8);
        }
        if (command.request() == null) {
            return command.fixed();
        }
        send(">V:2," + command.request() + "#");
        if (command.reply() == null) {
            return BackwardFrame.none();
        }
        return HelvarNetAnswer.decode(readAnswer(), command.request(), command.reply());
    }

    private String ask(String request) throws IOException {
        send(">V:2," + request + "#");
        return readAnswer();
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
                    "HelvarNet router " + describe() + " did not answer within " + address.answerTimeoutMillis()
                            + " ms",
                    e);
        }
        return answer.toString();
    }

    @Override
    public void onBusFrame(Consumer<ForwardFrame> listener) {
        // HelvarNet reports no raw bus frames.
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
