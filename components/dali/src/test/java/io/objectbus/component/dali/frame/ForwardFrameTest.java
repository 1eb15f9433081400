// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.frame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * 16-bit forward frames against IEC 62386-102: address bytes of Table 2 (0AAAAAAS, 100GGGGS, 1111110S, 1111111S),
 * opcodes of Table 15 (standard commands) and Table 16 (special commands).
 */
class ForwardFrameTest {

    @Test
    void directArcPowerToShortAddressZeroIsTheLevelAfterAnAddressByteWithSelectorZero() {
        assertEquals(0x00FE, ForwardFrame.dapc(Address.shortAddress(0), 254).data());
        assertEquals(0x7E01, ForwardFrame.dapc(Address.shortAddress(63), 1).data());
        assertEquals(0xFE00, ForwardFrame.dapc(Address.broadcast(), 0).data());
        assertEquals(0x8A80, ForwardFrame.dapc(Address.group(5), 128).data());
    }

    @Test
    void standardCommandsCarryTheirTable15OpcodesAfterAnAddressByteWithSelectorOne() {
        assertEquals(
                0x0100,
                ForwardFrame.command(Address.shortAddress(0), GearCommand.OFF).data());
        assertEquals(
                0xFF00,
                ForwardFrame.command(Address.broadcast(), GearCommand.OFF).data());
        assertEquals(
                0xFD00,
                ForwardFrame.command(Address.broadcastUnaddressed(), GearCommand.OFF)
                        .data());
        assertEquals(
                0x8505,
                ForwardFrame.command(Address.group(2), GearCommand.RECALL_MAX_LEVEL)
                        .data());
        assertEquals(
                0x0390,
                ForwardFrame.command(Address.shortAddress(1), GearCommand.QUERY_STATUS)
                        .data());
        assertEquals(
                0x0B14,
                ForwardFrame.command(Address.shortAddress(5), GearCommand.GO_TO_SCENE, 4)
                        .data());
        assertEquals(
                0x1563,
                ForwardFrame.command(Address.shortAddress(10), GearCommand.ADD_TO_GROUP, 3)
                        .data());
        assertEquals(
                0x01B7,
                ForwardFrame.command(Address.shortAddress(0), GearCommand.QUERY_SCENE_LEVEL, 7)
                        .data());
    }

    @Test
    void configurationCommandsAreSentTwiceAndQueriesAreAnswered() {
        ForwardFrame setMax = ForwardFrame.command(Address.shortAddress(3), GearCommand.SET_MAX_LEVEL);
        assertEquals(0x072A, setMax.data());
        assertTrue(setMax.sendTwice());
        assertFalse(setMax.answered());
        ForwardFrame level = ForwardFrame.command(Address.shortAddress(3), GearCommand.QUERY_ACTUAL_LEVEL);
        assertTrue(level.answered());
        assertFalse(level.sendTwice());
        assertFalse(
                ForwardFrame.command(Address.shortAddress(3), GearCommand.OFF).sendTwice());
    }

    @Test
    void specialCommandsAreTheirTable16CodeAndData() {
        assertEquals(0xA100, ForwardFrame.special(SpecialCommand.TERMINATE, 0).data());
        assertEquals(0xA380, ForwardFrame.special(SpecialCommand.DTR0, 0x80).data());
        ForwardFrame init = ForwardFrame.special(SpecialCommand.INITIALISE, SpecialCommand.INITIALISE_UNADDRESSED);
        assertEquals(0xA5FF, init.data());
        assertTrue(init.sendTwice());
        assertEquals(0xA700, ForwardFrame.special(SpecialCommand.RANDOMISE, 0).data());
        assertTrue(ForwardFrame.special(SpecialCommand.COMPARE, 0).answered());
        assertEquals(
                0xB112, ForwardFrame.special(SpecialCommand.SEARCHADDRH, 0x12).data());
        assertEquals(
                0xB70F,
                ForwardFrame.special(SpecialCommand.PROGRAM_SHORT_ADDRESS, 7 << 1 | 1)
                        .data());
        assertEquals(
                0xBB00,
                ForwardFrame.special(SpecialCommand.QUERY_SHORT_ADDRESS, 0).data());
        assertEquals(0xC306, ForwardFrame.special(SpecialCommand.DTR1, 6).data());
    }

    @Test
    void controlDeviceCommandsAre24BitWithBit16Set() {
        // python-dali test_command.py: QueryEventFilter frames (0x03, 0x00, 0x90..0x92) address device 1 instance 0;
        // standard device commands have the instance byte 0xFE (0x1FE00 | opcode).
        assertEquals(
                0x030080,
                ForwardFrame.instanceCommand(1, 0, InstanceCommand.QUERY_INSTANCE_TYPE)
                        .data());
        assertEquals(
                0x01FE30,
                ForwardFrame.deviceCommand(0, InstanceCommand.QUERY_DEVICE_STATUS)
                        .data());
        assertFalse(ForwardFrame.deviceCommand(0, InstanceCommand.QUERY_DEVICE_STATUS)
                .isEvent());
    }

    @Test
    void framesRoundTripThroughTheirBytesAndKeepTheirTableFlags() throws FrameException {
        ForwardFrame setScene = ForwardFrame.command(Address.group(1), GearCommand.SET_SCENE, 2);
        byte[] wire = ForwardFrame.Serializer.encode(setScene);
        assertArrayEquals(new byte[] {(byte) 0x83, 0x42}, wire);
        assertEquals(setScene, ForwardFrame.Serializer.decode(wire));
        assertEquals("G1 SET_SCENE 2", FrameNames.describe(setScene));
        assertEquals("A0 DAPC 254", FrameNames.describe(ForwardFrame.dapc(Address.shortAddress(0), 254)));
    }

    @Test
    void outOfRangePartsAreRefusedWithTheirLimits() {
        assertThrows(IllegalArgumentException.class, () -> Address.shortAddress(64));
        assertThrows(IllegalArgumentException.class, () -> Address.group(16));
        assertThrows(IllegalArgumentException.class, () -> ForwardFrame.dapc(Address.broadcast(), 256));
        assertThrows(IllegalArgumentException.class, () -> GearCommand.GO_TO_SCENE.opcode(16));
        assertThrows(FrameException.class, () -> ForwardFrame.Serializer.decode(new byte[] {1}));
    }

    @Test
    void addressesParseFromTheirTextForm() {
        assertEquals(Address.shortAddress(12), Address.parse("A12"));
        assertEquals(Address.shortAddress(12), Address.parse("12"));
        assertEquals(Address.group(15), Address.parse("g15"));
        assertEquals(Address.broadcast(), Address.parse("broadcast"));
        assertEquals(Address.broadcastUnaddressed(), Address.parse("unaddressed"));
        assertThrows(IllegalArgumentException.class, () -> Address.parse("lamp"));
        assertEquals(null, Address.fromByte(0xA3));
    }
}
