// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.component.dali.frame.FrameException;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Lunatone DALI-2 IoT gateway on loopback in front of a {@link SimulatedBus}: {@code GET /info} of its REST API,
 * and its WebSocket at {@code /} with the greeting {@code info}, {@code daliFrame} acknowledged with result 0 and
 * answered with {@code daliAnswer} (0 none, 8 a value, 63 a framing error for a collision), and a {@code daliMonitor}
 * message for every frame on the bus: ours, their backward frames, and input devices' event messages.
 */
public final class LunatoneGatewaySimulator implements GatewaySimulator {

    private static final Logger LOG = LoggerFactory.getLogger(LunatoneGatewaySimulator.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String INFO = "{\"name\":\"DALI-2 IoT\",\"version\":\"1.10.3/1.3.0\",\"tier\":\"basic\","
            + "\"descriptor\":{\"lines\":1,\"protocolVersion\":\"1.0\"}}";

    private final SimulatedBus bus;
    private final LoopbackListener listener;
    private volatile boolean garbageToLevels;
    private volatile int refuseWith;

    /** Listens on 127.0.0.1 at {@code port} (0: the kernel picks one). */
    public LunatoneGatewaySimulator(SimulatedBus bus, int port) throws IOException {
        this.bus = bus;
        this.listener = new LoopbackListener("lunatone-sim", port, this::serve);
    }

    public int port() {
        return listener.port();
    }

    /** While on, every direct arc power frame (a level write) is answered with text that is not JSON. */
    public void answerGarbageToLevels(boolean on) {
        garbageToLevels = on;
    }

    /** The next frame is not sent and acknowledged with this daliFrame result code (e.g. 1: no bus power). */
    public void refuseNextWith(int result) {
        refuseWith = result;
    }

    private void serve(Socket client) {
        try {
            DataInputStream in = new DataInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            String head = WebSocketWire.readHead(in);
            if (head == null) {
                return;
            }
            String key = WebSocketWire.header(head, "Sec-WebSocket-Key");
            if (head.startsWith("GET / ") && key != null) {
                WebSocketWire.upgrade(out, key);
                webSocket(client, in);
            } else if (head.startsWith("GET /info ")) {
                WebSocketWire.respond(out, 200, "OK", INFO);
            } else {
                WebSocketWire.respond(out, 404, "Not Found", "{\"detail\":\"Not Found\"}");
            }
        } catch (IOException e) {
            LOG.debug("Lunatone simulator client left: {}", e.getMessage());
        }
    }

    private void webSocket(Socket client, DataInputStream in) throws IOException {
        Consumer<ForwardFrame> monitor = f -> send(client, monitor(f.bits(), f.data(), false));
        send(client, "{\"type\":\"info\",\"data\":" + INFO + "}");
        bus.addMonitor(monitor);
        try {
            while (true) {
                WebSocketWire.Frame frame = WebSocketWire.read(in);
                if (frame.opcode() == WebSocketWire.CLOSE) {
                    write(client, WebSocketWire.CLOSE, frame.payload());
                    return;
                }
                if (frame.opcode() == WebSocketWire.PING) {
                    write(client, 0xA, frame.payload());
                } else if (frame.opcode() == WebSocketWire.TEXT) {
                    handle(client, frame.text());
                }
            }
        } finally {
            bus.removeMonitor(monitor);
        }
    }

    private void handle(Socket client, String text) {
        JsonNode d = parse(text).path("data");
        int bits = d.path("numberOfBits").asInt();
        int data = 0;
        for (JsonNode b : d.path("daliData")) {
            data = data << 8 | b.asInt() & 0xFF;
        }
        ForwardFrame frame = frame(bits, data);
        if (frame == null) {
            send(client, "{\"type\":\"daliFrame\",\"data\":{\"line\":0,\"result\":6}}");
            return;
        }
        int refusal = refuseWith;
        if (refusal != 0) {
            refuseWith = 0;
            send(client, "{\"type\":\"daliFrame\",\"data\":{\"line\":0,\"result\":" + refusal + "}}");
            return;
        }
        if (garbageToLevels
                && bits == 16
                && (data & 0x100) == 0
                && (data & 0xE000) != 0xA000
                && (data & 0xE000) != 0xC000) {
            send(client, "}{ not json");
            return;
        }
        send(client, monitor(bits, data, false));
        BackwardFrame reply = bus.handle(frame);
        send(client, "{\"type\":\"daliFrame\",\"data\":{\"line\":0,\"result\":0}}");
        if (d.path("mode").path("waitForAnswer").asBoolean()) {
            send(client, answer(reply));
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static ForwardFrame frame(int bits, int data) {
        try {
            return switch (bits) {
                case 16 -> ForwardFrame.Serializer.decode(new byte[] {(byte) (data >> 8), (byte) data});
                case 24 -> new ForwardFrame(24, data & 0xFFFFFF, DaliServerSimulator.sendTwice24(data), false);
                default -> null;
            };
        } catch (FrameException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String answer(BackwardFrame reply) {
        String data =
                switch (reply.kind()) {
                    case ANSWER -> "\"result\":8,\"daliData\":" + reply.value();
                    case NONE -> "\"result\":0";
                    case COLLISION -> "\"result\":63";
                };
        return "{\"type\":\"daliAnswer\",\"data\":{\"line\":0," + data + "}}";
    }

    private static String monitor(int bits, int data, boolean framingError) {
        StringBuilder bytes = new StringBuilder();
        for (int i = bits / 8 - 1; i >= 0; i--) {
            bytes.append(bytes.length() == 0 ? "" : ",").append(data >> (8 * i) & 0xFF);
        }
        return "{\"type\":\"daliMonitor\",\"data\":{\"line\":0,\"bits\":" + bits + ",\"data\":[" + bytes
                + "],\"framingError\":" + framingError + "}}";
    }

    private static void send(Socket client, String text) {
        write(client, WebSocketWire.TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Socket client, int opcode, byte[] payload) {
        synchronized (client) {
            try {
                WebSocketWire.write(client.getOutputStream(), opcode, payload);
            } catch (IOException e) {
                LOG.debug("Lunatone simulator could not write to a client: {}", e.getMessage());
            }
        }
    }

    /** Drops every client connection but keeps listening (a gateway that restarted). */
    public void dropClients() {
        listener.dropClients();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
