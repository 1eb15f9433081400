// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean;

import io.objectbus.component.enocean.frame.CommonCommand;
import io.objectbus.component.enocean.frame.CommonCommandCode;
import io.objectbus.component.enocean.frame.EnoceanIds;
import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.frame.Esp3Packet;
import java.util.HexFormat;
import org.apache.camel.Message;

/**
 * What the producer sends for a message: its body as a telegram, a common command or a raw packet; or, for an empty
 * body, the command named by header or option; or, for a byte[] or hex body, a telegram of the RORG in the header.
 *
 * @param packet  the packet to send
 * @param command the common command code, or -1 when the packet is not a common command
 */
record OutgoingRequest(Esp3Packet packet, int command) {

    static OutgoingRequest of(Message in, EnoceanConfiguration configuration) throws EnoceanException {
        Object body = in.getBody();
        if (body instanceof Erp1Telegram t) {
            return new OutgoingRequest(Erp1Telegram.Serializer.encode(t), -1);
        }
        if (body instanceof CommonCommand c) {
            return new OutgoingRequest(CommonCommand.Serializer.encode(c), c.code());
        }
        if (body instanceof Esp3Packet p) {
            return new OutgoingRequest(p, -1);
        }
        if (body == null || (body instanceof String s && s.isBlank())) {
            return command(in, configuration);
        }
        return telegram(in, configuration, userData(body));
    }

    private static OutgoingRequest command(Message in, EnoceanConfiguration configuration) throws EnoceanException {
        String name = in.getHeader(EnoceanConstants.COMMAND, String.class);
        CommonCommandCode code = name != null ? parseCommand(name) : configuration.getCommand();
        if (code == null) {
            throw new EnoceanException(
                    "empty body and no command: set the " + EnoceanConstants.COMMAND + " header or the command option");
        }
        CommonCommand command = CommonCommand.of(code);
        return new OutgoingRequest(CommonCommand.Serializer.encode(command), code.code());
    }

    private static OutgoingRequest telegram(Message in, EnoceanConfiguration configuration, byte[] data)
            throws EnoceanException {
        String rorg = in.getHeader(EnoceanConstants.RORG, String.class);
        if (rorg == null) {
            throw new EnoceanException("a byte[] or hex body needs the " + EnoceanConstants.RORG + " header");
        }
        String sender = in.getHeader(EnoceanConstants.SENDER_ID, configuration.getSenderId(), String.class);
        String destination = in.getHeader(EnoceanConstants.DESTINATION_ID, "FFFFFFFF", String.class);
        try {
            Erp1Telegram t = Erp1Telegram.addressed(
                    Integer.parseInt(rorg.strip(), 16), data, EnoceanIds.parse(sender), EnoceanIds.parse(destination));
            return new OutgoingRequest(Erp1Telegram.Serializer.encode(t), -1);
        } catch (IllegalArgumentException e) {
            throw new EnoceanException("cannot build a telegram: " + e.getMessage());
        }
    }

    private static byte[] userData(Object body) throws EnoceanException {
        if (body instanceof byte[] bytes) {
            return bytes;
        }
        String text = body.toString().replaceAll("[\\s:]", "");
        try {
            return HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException e) {
            throw new EnoceanException("body is neither a telegram, a command, byte[] nor hex: " + text);
        }
    }

    private static CommonCommandCode parseCommand(String name) throws EnoceanException {
        try {
            return CommonCommandCode.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw new EnoceanException("unknown common command " + name);
        }
    }
}
