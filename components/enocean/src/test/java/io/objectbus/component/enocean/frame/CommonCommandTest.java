// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.component.enocean.Hex;
import org.junit.jupiter.api.Test;

class CommonCommandTest {

    private static String frame(CommonCommand command) {
        return Hex.of(Esp3Packet.Serializer.encode(CommonCommand.Serializer.encode(command)));
    }

    private static Response response(String frame) throws FrameException {
        return Response.Serializer.decode(Esp3Packet.Serializer.decode(Hex.bytes(frame)));
    }

    @Test
    void readVersionIsTheSpecificationFrame() {
        // ESP3 specification, clause 2.5.3 CO_RD_VERSION: 55 00 01 00 05 70 03 09.
        assertEquals("55 00 01 00 05 70 03 09", frame(CommonCommand.readVersion()));
    }

    @Test
    void readIdBaseIsTheSpecificationFrame() {
        // kipe/enocean test_packet.py, CO_RD_IDBASE example of EnOceanSerialProtocol3.pdf p. 74.
        assertEquals("55 00 01 00 05 70 08 38", frame(CommonCommand.readIdBase()));
    }

    @Test
    void writeLearnModeCarriesEnableAndTimeout() {
        // ESP3 specification, clause 2.5.24: code 23, enable 1 byte, timeout 4 bytes in ms.
        CommonCommand c = CommonCommand.writeLearnMode(true, 60_000);
        assertEquals(
                "17 01 00 00 EA 60", Hex.of(CommonCommand.Serializer.encode(c).data()));
    }

    @Test
    void baseIdResponseWithoutOptionalDataHasNoWriteCycles() throws FrameException {
        // kipe/enocean test_packet.py "Response RET_OK": base ID FF 80 00 00.
        BaseIdInfo info = BaseIdInfo.Serializer.decode(response("55 00 05 00 02 CE 00 FF 80 00 00 DA"));
        assertEquals(0xFF800000, info.baseId());
        assertEquals(-1, info.remainingWriteCycles());
    }

    @Test
    void baseIdResponseWithOptionalDataHasRemainingWriteCycles() throws FrameException {
        // kipe/enocean test_packet.py "custom test containing 0x55": base ID FF 9E 55 00, 10 write cycles left.
        BaseIdInfo info = BaseIdInfo.Serializer.decode(response("55 00 05 01 02 DB 00 FF 9E 55 00 0A 79"));
        assertEquals(0xFF9E5500, info.baseId());
        assertEquals(10, info.remainingWriteCycles());
        assertEquals(0xFF9E557F, info.senderId(127));
    }

    @Test
    void versionInfoRoundTripsThroughItsResponse() throws FrameException {
        VersionInfo v = new VersionInfo("2.11.1.0", "2.6.3.0", 0x0183ABCD, 0x45530100, "GATEWAYSIM");
        Response r = VersionInfo.Serializer.encode(v);
        assertEquals(32, r.data().length);
        assertEquals(
                v,
                VersionInfo.Serializer.decode(
                        response(Hex.of(Esp3Packet.Serializer.encode(Response.Serializer.encode(r))))));
    }

    @Test
    void aNotSupportedAnswerIsNotParsedAsVersion() {
        Response r = Response.of(ReturnCode.RET_NOT_SUPPORTED);
        assertFalse(r.ok());
        FrameException e = assertThrows(FrameException.class, () -> VersionInfo.Serializer.decode(r));
        assertTrue(e.getMessage().contains("RET_NOT_SUPPORTED"));
    }

    @Test
    void learnModeRoundTrips() throws FrameException {
        LearnModeInfo info = new LearnModeInfo(true, 3);
        assertEquals(info, LearnModeInfo.Serializer.decode(LearnModeInfo.Serializer.encode(info)));
    }

    @Test
    void unknownReturnCodesAreReportedAsUnknown() {
        assertEquals(ReturnCode.UNKNOWN, new Response(0x99, null, null).returnCode());
    }
}
