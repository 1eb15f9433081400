// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.objectbus.component.dali.frame.Address;
import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.component.dali.frame.FrameException;
import io.objectbus.component.dali.frame.GearCommand;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The Lunatone DALI-2 IoT WebSocket messages (protocol version 1.0): daliFrame requests with line, numberOfBits,
 * mode {sendTwice, waitForAnswer, priority} and daliData bytes; daliFrame results, daliAnswer results 0/8/63 and
 * daliMonitor frames. Then garbage: every text decodes to a message or is refused with a FrameException.
 */
class LunatoneMessageTest {

    private final Random random = new Random(89453886);

    @Test
    void aQueryGoesAsASixteenBitDaliFrameThatWaitsForTheAnswer() throws Exception {
        String request =
                LunatoneMessage.frame(0, ForwardFrame.command(Address.shortAddress(0), GearCommand.QUERY_STATUS));
        assertEquals(
                new ObjectMapper()
                        .readTree(
                                "{\"type\":\"daliFrame\",\"data\":{\"line\":0,\"numberOfBits\":16,"
                                        + "\"mode\":{\"sendTwice\":false,\"waitForAnswer\":true,\"priority\":3},\"daliData\":[1,144]}}"),
                new ObjectMapper().readTree(request));
    }

    @Test
    void resultsAnswersAndMonitorFramesDecode() throws Exception {
        assertEquals(
                new LunatoneMessage.FrameResult(0, 0),
                LunatoneMessage.parse("{\"type\":\"daliFrame\",\"data\":{\"line\":0,\"result\":0}}"));
        assertEquals(
                BackwardFrame.answer(254),
                ((LunatoneMessage.Answer) LunatoneMessage.parse(
                                "{\"type\":\"daliAnswer\",\"data\":{\"line\":0,\"result\":8,\"daliData\":254}}"))
                        .backward());
        assertEquals(
                BackwardFrame.none(),
                ((LunatoneMessage.Answer) LunatoneMessage.parse(
                                "{\"type\":\"daliAnswer\",\"data\":{\"line\":0,\"result\":0,\"daliData\":null}}"))
                        .backward());
        assertEquals(
                BackwardFrame.collision(),
                ((LunatoneMessage.Answer)
                                LunatoneMessage.parse("{\"type\":\"daliAnswer\",\"data\":{\"line\":0,\"result\":63}}"))
                        .backward());
        assertEquals(
                new LunatoneMessage.Monitor(0, 24, 0x088002, false),
                LunatoneMessage.parse("{\"type\":\"daliMonitor\",\"data\":{\"bits\":24,\"data\":[8,128,2],"
                        + "\"line\":0,\"framingError\":false}}"));
        assertInstanceOf(LunatoneMessage.Other.class, LunatoneMessage.parse("{\"type\":\"devices\",\"data\":{}}"));
    }

    @Test
    void randomTextIsAMessageOrRefusedWithTheText() {
        for (int i = 0; i < 10_000; i++) {
            byte[] bytes = new byte[random.nextInt(40)];
            random.nextBytes(bytes);
            expectMessageOrGarbage(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    @Test
    void wellFormedJsonWithWrongFieldsIsRefusedNeverThrownOtherwise() {
        String[] types = {"daliFrame", "daliAnswer", "daliMonitor", "info", "x"};
        String[] values = {
            "0",
            "8",
            "63",
            "-1",
            "256",
            "1e3",
            "\"8\"",
            "null",
            "[]",
            "[1,2]",
            "[300]",
            "{}",
            "true",
            "2147483648",
            "[1,2,3,4,5]",
            "[1.5]"
        };
        int decoded = 0;
        for (int i = 0; i < 10_000; i++) {
            String json = "{\"type\":\"" + types[random.nextInt(types.length)] + "\",\"data\":{\"line\":"
                    + pick(values) + ",\"result\":" + pick(values) + ",\"daliData\":" + pick(values) + ",\"bits\":"
                    + pick(values) + ",\"data\":" + pick(values) + "}}";
            decoded += expectMessageOrGarbage(json) ? 1 : 0;
        }
        assertTrue(decoded > 0, "some random messages are valid");
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static boolean expectMessageOrGarbage(String text) {
        try {
            LunatoneMessage m = LunatoneMessage.parse(text);
            if (m instanceof LunatoneMessage.Answer a && a.backward().isAnswer()) {
                assertTrue(a.backward().value() >= 0 && a.backward().value() <= 255);
            }
            return true;
        } catch (FrameException e) {
            assertTrue(e.getMessage().startsWith("gateway sent '"), e.getMessage());
            return false;
        }
    }
}
