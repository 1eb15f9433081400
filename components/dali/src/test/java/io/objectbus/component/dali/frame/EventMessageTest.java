// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.component.dali.frame.EventMessage.Scheme;
import org.junit.jupiter.api.Test;

/**
 * IEC 62386-103 event messages (Table 3) with the push button events of part 301, against the known-good frames of
 * python-dali's dali/tests/test_events.py (event_test_data_good, test_frame_to_ambiguous_event).
 */
class EventMessageTest {

    private static EventMessage decode(String bits) throws FrameException {
        return EventMessage.Serializer.decode(new ForwardFrame(24, Integer.parseInt(bits, 2), false, false));
    }

    @Test
    void instanceGroupButtonReleased() throws FrameException {
        EventMessage e = decode("110001000000010000000000");
        assertEquals(new EventMessage(Scheme.INSTANCE_GROUP, -1, 1, -1, 2, 0), e);
        assertEquals(ButtonEvent.RELEASED, ButtonEvent.of(e.info()).orElseThrow());
    }

    @Test
    void instanceNumberThirtyOneButtonReleased() throws FrameException {
        assertEquals(new EventMessage(Scheme.INSTANCE, -1, 1, 31, -1, 0), decode("100000101111110000000000"));
    }

    @Test
    void deviceGroupLongPressStartAndStop() throws FrameException {
        EventMessage start = decode("100111100000010000001001");
        assertEquals(new EventMessage(Scheme.DEVICE_GROUP, -1, 1, -1, 15, 9), start);
        assertEquals(ButtonEvent.LONG_PRESS_START, ButtonEvent.of(start.info()).orElseThrow());
        EventMessage stop = decode("101000000000010000001100");
        assertEquals(16, stop.group());
        assertEquals(ButtonEvent.LONG_PRESS_STOP, ButtonEvent.of(stop.info()).orElseThrow());
    }

    @Test
    void shortAddressSixtyThreeShortPress() throws FrameException {
        EventMessage e = decode("011111100000010000000010");
        assertEquals(new EventMessage(Scheme.DEVICE, 63, 1, -1, -1, 2), e);
        assertEquals(ButtonEvent.SHORT_PRESS, ButtonEvent.of(e.info()).orElseThrow());
    }

    @Test
    void deviceInstanceSchemeCarriesShortAddressAndInstanceNumber() throws FrameException {
        // python-dali test_frame_to_ambiguous_event: short address 1, instance number 1, event data 0b10.
        assertEquals(new EventMessage(Scheme.DEVICE_INSTANCE, 1, -1, 1, -1, 2), decode("000000101000010000000010"));
    }

    @Test
    void everyKnownGoodFrameEncodesBackToItself() throws FrameException {
        String[] frames = {
            "110001000000010000000000", "111111100000010000000000", "100000101000100000000000",
            "100000101111110000000000", "111111100000010000000101", "100111100000010000001011",
            "100000101100010000000001", "000000000000010000000000", "011111100000010000000010"
        };
        for (String bits : frames) {
            ForwardFrame f = EventMessage.Serializer.encode(decode(bits));
            assertEquals(Integer.parseInt(bits, 2), f.data(), bits);
            assertTrue(f.isEvent());
        }
    }

    @Test
    void occupancyEventBitsFollowPart303() throws FrameException {
        // python-dali dali/device/occupancy.py: bit 0 movement, bit 1 occupied, bit 2 repeat, bit 3 movement sensor.
        assertEquals(new OccupancyEvent(true, true, false, true), OccupancyEvent.decode(0b1011));
        assertEquals(0b1011, new OccupancyEvent(true, true, false, true).encode());
        assertThrows(FrameException.class, () -> OccupancyEvent.decode(0x10));
    }

    @Test
    void commandsAndTheReservedFormAreNotEvents() {
        assertThrows(FrameException.class, () -> decode("000000110000000010000000"));
        assertThrows(FrameException.class, () -> decode("110000001000000000000000"));
    }
}
