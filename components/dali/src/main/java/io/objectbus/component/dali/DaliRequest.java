// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali;

import io.objectbus.component.dali.frame.Address;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.component.dali.frame.GearCommand;
import io.objectbus.component.dali.frame.SpecialCommand;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.camel.Message;

/**
 * The frames of a producer exchange: its body ({@link ForwardFrame} or a list of them) or its headers (address,
 * command, value), with the merge key of a level command.
 *
 * @param frames what goes on the bus, in order
 * @param mergeKey the key under which a later command replaces this one while it waits, or null
 */
public record DaliRequest(List<ForwardFrame> frames, String mergeKey) {

    /** Commands that set the light level: a later one to the same address makes a waiting one pointless. */
    private static final Set<GearCommand> LEVEL_COMMANDS = EnumSet.of(
            GearCommand.OFF, GearCommand.RECALL_MAX_LEVEL, GearCommand.RECALL_MIN_LEVEL, GearCommand.GO_TO_SCENE);

    @SuppressWarnings("unchecked")
    public static DaliRequest of(Message in) {
        Object body = in.getBody();
        String key = in.getHeader(DaliConstants.MERGE_KEY, String.class);
        if (body instanceof ForwardFrame f) {
            return new DaliRequest(List.of(f), key);
        }
        if (body instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof ForwardFrame) {
            return new DaliRequest((List<ForwardFrame>) list, key);
        }
        String command = in.getHeader(DaliConstants.COMMAND, String.class);
        if (command == null) {
            throw new IllegalArgumentException(
                    "a DALI command needs a ForwardFrame body or the header " + DaliConstants.COMMAND);
        }
        return fromHeaders(
                command,
                in.getHeader(DaliConstants.ADDRESS, String.class),
                in.getHeader(DaliConstants.VALUE, Integer.class),
                key);
    }

    static DaliRequest fromHeaders(String command, String address, Integer value, String key) {
        String name = command.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (isSpecial(name)) {
            return new DaliRequest(
                    List.of(ForwardFrame.special(SpecialCommand.parse(name), value == null ? 0 : value)), key);
        }
        if (address == null) {
            throw new IllegalArgumentException(command + " needs the header " + DaliConstants.ADDRESS);
        }
        Address to = Address.parse(address);
        if (name.equals("DAPC")) {
            if (value == null) {
                throw new IllegalArgumentException("DAPC needs a level in " + DaliConstants.VALUE);
            }
            return new DaliRequest(List.of(ForwardFrame.dapc(to, value)), key != null ? key : "level:" + to);
        }
        GearCommand gear = GearCommand.parse(name);
        String levelKey = LEVEL_COMMANDS.contains(gear) ? "level:" + to : null;
        if (gear.indexed()) {
            return new DaliRequest(
                    List.of(ForwardFrame.command(to, gear, value == null ? 0 : value)), key != null ? key : levelKey);
        }
        ForwardFrame frame = ForwardFrame.command(to, gear);
        List<ForwardFrame> frames =
                value == null ? List.of(frame) : List.of(ForwardFrame.special(SpecialCommand.DTR0, value), frame);
        return new DaliRequest(frames, key != null ? key : levelKey);
    }

    private static boolean isSpecial(String name) {
        try {
            SpecialCommand.valueOf(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
