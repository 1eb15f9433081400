// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.frame.Rorg;
import org.junit.jupiter.api.Test;

class TeachInRequestTest {

    private static Erp1Telegram telegram(int rorg, String data) {
        return Erp1Telegram.outgoing(rorg, Vectors.bytes(data), 0x01940005);
    }

    @Test
    void aUteQueryExpectingAResponseIsAnsweredWithAcceptance() {
        // kipe test_teachin.py test_ute_in: D4 A0 FF 3E 00 01 01 D2 -> D2-01-01, response expected.
        TeachInRequest q =
                TeachInRequest.of(telegram(Rorg.UTE, "A0 FF 3E 00 01 01 D2")).orElseThrow();
        assertThat(q.kind()).isEqualTo(TeachInRequest.Kind.UTE);
        assertThat(q.eep()).contains(EepId.parse("D2-01-01"));
        assertThat(q.channels()).isNull();
        EepData answer = q.answer(true).orElseThrow();
        UteResponse r = UteResponse.Serializer.decode(answer.data()).orElseThrow();
        assertThat(r.result()).isEqualTo(UteResponse.Result.TEACH_IN_ACCEPTED);
        assertThat(UteResponse.Serializer.decode(q.answer(false).orElseThrow().data())
                        .orElseThrow()
                        .result())
                .isEqualTo(UteResponse.Result.EEP_NOT_SUPPORTED);
    }

    @Test
    void a4bsTeachInWithProfileAnnouncesItAndOnlyValvesGetAnAnswer() {
        // kipe test_eep.py: A5 08 28 46 80 -> FUNC 02, TYPE 05, LRN with EEP.
        TeachInRequest sensor =
                TeachInRequest.of(telegram(Rorg.BS4, "08 28 46 80")).orElseThrow();
        assertThat(sensor.eep()).contains(EepId.parse("A5-02-05"));
        assertThat(sensor.answer(true)).isEmpty();
        EepData valveQuery = FourBsTeachIn.Serializer.encode(FourBsTeachIn.query(EepId.parse("A5-20-01"), 0x49));
        TeachInRequest valve = TeachInRequest.of(telegram(Rorg.BS4, Vectors.hex(valveQuery.data())))
                .orElseThrow();
        FourBsTeachIn response = FourBsTeachIn.Serializer.decode(
                        valve.answer(true).orElseThrow().data())
                .orElseThrow();
        assertThat(response.response()).isTrue();
        assertThat(response.accepted()).isTrue();
    }

    @Test
    void dataTelegramsAndTeachInResponsesAreNoRequests() {
        assertThat(TeachInRequest.of(telegram(Rorg.BS4, "00 71 83 0A"))).isEmpty();
        assertThat(TeachInRequest.of(telegram(Rorg.BS4, "08 28 46 F0"))).isEmpty();
        assertThat(TeachInRequest.of(telegram(Rorg.RPS, "30"))).isEmpty();
        assertThat(TeachInRequest.of(telegram(Rorg.BS1, "00")).orElseThrow().eep())
                .contains(EepId.parse("D5-00-01"));
    }
}
