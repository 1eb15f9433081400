// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.component.enocean.Hex;
import io.objectbus.component.enocean.frame.Esp3Packet;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Esp3StreamParserTest {

    // kipe/enocean test_eep.py: A5-02-05 temperature, D5-00-01 contact, F6-02-02 rocker (from published test suite).
    private static final byte[] TEMPERATURE =
            Hex.bytes("55 00 0A 07 01 EB A5 00 00 55 08 01 81 B7 44 00 01 FF FF FF FF 2D 00 75");
    private static final byte[] CONTACT = Hex.bytes("55 00 07 07 01 7A D5 08 01 82 5D AB 00 01 FF FF FF FF 36 00 53");
    private static final byte[] ROCKER = Hex.bytes("55 00 07 07 01 7A F6 50 00 29 89 79 30 01 FF FF FF FF 37 00 9D");

    private final Esp3StreamParser parser = new Esp3StreamParser();
    private final List<Esp3Packet> packets = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private void feed(byte[] bytes) {
        Esp3StreamParser.Result r = parser.feed(bytes, 0, bytes.length);
        packets.addAll(r.packets());
        problems.addAll(r.problems());
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void aFrameFedOneByteAtATimeComesOutOnceWhole() {
        for (byte b : TEMPERATURE) {
            feed(new byte[] {b});
        }
        assertEquals(1, packets.size());
        assertEquals(Hex.of(TEMPERATURE), Hex.of(Esp3Packet.Serializer.encode(packets.get(0))));
        assertEquals(0, parser.pending());
        assertTrue(problems.isEmpty());
    }

    @Test
    void threeFramesInOneReadComeOutInOrder() {
        feed(concat(TEMPERATURE, CONTACT, ROCKER));
        assertEquals(3, packets.size());
        assertEquals(0xD5, packets.get(1).data()[0] & 0xFF);
        assertEquals(0xF6, packets.get(2).data()[0] & 0xFF);
    }

    @Test
    void garbageBeforeAFrameIsReportedAndSkipped() {
        feed(concat(Hex.bytes("00 13 FE 42"), CONTACT));
        assertEquals(1, packets.size());
        assertEquals(List.of("4 byte(s) of garbage before a sync byte"), problems);
    }

    @Test
    void aSyncByteWithABadHeaderCrcIsDroppedAndTheNextFrameFound() {
        feed(concat(Hex.bytes("55 00 07 07 01 00"), ROCKER));
        assertEquals(1, packets.size());
        assertTrue(problems.get(0).contains("CRC8H"), problems.toString());
    }

    @Test
    void aFrameWithABadDataCrcIsDroppedAndTheFollowingFrameKept() {
        byte[] broken = TEMPERATURE.clone();
        broken[broken.length - 1] ^= 0x01;
        feed(concat(broken, CONTACT));
        assertEquals(1, packets.size());
        assertEquals(0xD5, packets.get(0).data()[0] & 0xFF);
        assertTrue(problems.stream().anyMatch(p -> p.contains("CRC8D")), problems.toString());
    }

    @Test
    void aFrameHiddenInsideATruncatedOneIsStillFound() {
        // A frame cut off after its header: the parser waits for its announced length, then its CRC8D fails and
        // the search resumes right after the broken sync byte, where the whole contact frame sits.
        byte[] truncated = java.util.Arrays.copyOf(TEMPERATURE, 8);
        feed(concat(truncated, CONTACT, ROCKER));
        assertEquals(2, packets.size());
        assertEquals(0xF6, packets.get(1).data()[0] & 0xFF);
    }

    @Test
    void aSyncByteInsideTheDataDoesNotCutTheFrame() {
        // kipe/enocean test_packet.py: RESPONSE with 0x55 inside the data, followed by noise.
        feed(Hex.bytes("55 00 05 01 02 DB 00 FF 9E 55 00 0A 79 FF FF FF"));
        assertEquals(1, packets.size());
        assertEquals(5, packets.get(0).data().length);
    }

    @Test
    void aPhantomHeaderAnnouncingTooMuchDataIsDropped() {
        Esp3StreamParser small = new Esp3StreamParser(64);
        byte[] header = {0x01, 0x00, 0x00, 0x01};
        byte[] phantom = {0x55, 0x01, 0x00, 0x00, 0x01, (byte) io.objectbus.component.enocean.frame.Crc8.of(header)};
        Esp3StreamParser.Result r = small.feed(concat(phantom, ROCKER), 0, phantom.length + ROCKER.length);
        assertEquals(1, r.packets().size());
        assertTrue(r.problems().get(0).contains("above the limit"));
    }

    @Test
    void aPartialFrameIsHeldUntilTheRestArrives() {
        feed(java.util.Arrays.copyOf(CONTACT, 10));
        assertEquals(0, packets.size());
        assertEquals(10, parser.pending());
        feed(java.util.Arrays.copyOfRange(CONTACT, 10, CONTACT.length));
        assertEquals(1, packets.size());
    }
}
