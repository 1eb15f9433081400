// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.component.dali.frame.FrameException;

/**
 * The JSON messages of the Lunatone DALI-2 IoT gateway's WebSocket (protocol version 1.0, as its {@code info}
 * greeting names it): {@code daliFrame} puts a frame on a line and is acknowledged by a {@code daliFrame} with a
 * result code; {@code daliAnswer} carries the backward frame; {@code daliMonitor} reports every frame seen on the
 * bus. Anything else the gateway sends (device, zone and automation updates) is {@link Other}.
 */
public sealed interface LunatoneMessage {

    /** daliFrame result 0: the frame went out. Others say why it did not (bus power, collision, …). */
    int SENT = 0;

    /** daliAnswer results: no backward frame, an 8-bit one, a framing error (several answered at once). */
    int NO_ANSWER = 0;

    int ANSWER_8BIT = 8;
    int FRAMING_ERROR = 63;

    /** The gateway's greeting. */
    record Info(String name, String version, int lines) implements LunatoneMessage {}

    /** The acknowledgement of a daliFrame. */
    record FrameResult(int line, int result) implements LunatoneMessage {

        /** Why the gateway did not send the frame, in the words of its result codes. */
        public String reason() {
            return switch (result) {
                case 1 -> "the DALI bus has no power";
                case 2 -> "the bus is in initialise mode";
                case 3 -> "the bus is in quiescent mode";
                case 4 -> "the gateway's send buffer is full";
                case 5 -> "the gateway has no line " + line;
                case 6 -> "the gateway found a syntax error in the frame";
                case 7 -> "a macro is running on the gateway";
                case 61 -> "a collision on the bus";
                case 62 -> "a DALI bus error";
                case 63 -> "a timeout on the bus";
                case 100 -> "the DALI interface gave no answer";
                default -> "result code " + result;
            };
        }
    }

    /** The backward frame after a daliFrame sent with waitForAnswer. */
    record Answer(int line, BackwardFrame backward) implements LunatoneMessage {}

    /** A frame seen on the bus (ours too); 8-bit ones are backward frames. */
    record Monitor(int line, int bits, int data, boolean framingError) implements LunatoneMessage {}

    /** A message of another type; the frame transport ignores it. */
    record Other(String type) implements LunatoneMessage {}

    /** A text that is no message of the protocol, with why (the transport hands it to the waiting sender). */
    record Garbage(String reason) implements LunatoneMessage {}

    ObjectMapper JSON = new ObjectMapper();

    /** The daliFrame request for one forward frame; send-twice is kept by the bus's own queue, so never asked. */
    static String frame(int line, ForwardFrame frame) {
        ObjectNode data = JSON.createObjectNode().put("line", line).put("numberOfBits", frame.bits());
        data.putObject("mode")
                .put("sendTwice", false)
                .put("waitForAnswer", frame.answered())
                .put("priority", 3);
        ArrayNode bytes = data.putArray("daliData");
        for (byte b : ForwardFrame.Serializer.encode(frame)) {
            bytes.add(b & 0xFF);
        }
        ObjectNode message = JSON.createObjectNode().put("type", "daliFrame");
        message.set("data", data);
        return message.toString();
    }

    /** Decodes one text message; throws with the text when it is not a message of the protocol. */
    static LunatoneMessage parse(String text) throws FrameException {
        JsonNode m;
        try {
            m = JSON.readTree(text);
        } catch (Exception e) {
            throw garbage(text, "not JSON");
        }
        if (m == null || !m.isObject() || !m.path("type").isTextual()) {
            throw garbage(text, "no message type");
        }
        JsonNode d = m.path("data");
        return switch (m.get("type").asText()) {
            case "info" -> new Info(d.path("name").asText(""), d.path("version").asText(""), lines(d));
            case "daliFrame" -> new FrameResult(number(d, "line", 0, 255, text), number(d, "result", 0, 255, text));
            case "daliAnswer" -> new Answer(number(d, "line", 0, 255, text), backward(d, text));
            case "daliMonitor" -> monitor(d, text);
            default -> new Other(m.get("type").asText());
        };
    }

    private static int lines(JsonNode d) {
        return d.path("descriptor").path("lines").asInt(1);
    }

    private static BackwardFrame backward(JsonNode d, String text) throws FrameException {
        int result = number(d, "result", 0, 255, text);
        return switch (result) {
            case NO_ANSWER -> BackwardFrame.none();
            case ANSWER_8BIT -> BackwardFrame.answer(number(d, "daliData", 0, 255, text));
            case FRAMING_ERROR -> BackwardFrame.collision();
            default -> throw garbage(text, "daliAnswer result " + result + " is none of 0, 8, 63");
        };
    }

    private static Monitor monitor(JsonNode d, String text) throws FrameException {
        int bits = number(d, "bits", 1, 32, text);
        JsonNode bytes = d.path("data");
        if (!bytes.isArray() || bytes.isEmpty() || bytes.size() > 4) {
            throw garbage(text, "daliMonitor data is not 1 to 4 bytes");
        }
        int data = 0;
        for (JsonNode b : bytes) {
            if (!b.canConvertToInt() || !b.isIntegralNumber() || b.asInt() < 0 || b.asInt() > 255) {
                throw garbage(text, "daliMonitor data holds " + b);
            }
            data = data << 8 | b.asInt();
        }
        return new Monitor(
                number(d, "line", 0, 255, text),
                bits,
                data,
                d.path("framingError").asBoolean(false));
    }

    private static int number(JsonNode d, String field, int min, int max, String text) throws FrameException {
        JsonNode n = d.path(field);
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < min || n.asInt() > max) {
            throw garbage(text, field + " is not a number " + min + ".." + max);
        }
        return n.asInt();
    }

    private static FrameException garbage(String text, String why) {
        String shown = text.length() > 120 ? text.substring(0, 120) + "…" : text;
        return new FrameException("gateway sent '" + shown + "': " + why);
    }
}
