// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.objectbus.component.lorawan.crypto.LorawanCrypto;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** LoRaWAN 1.0.x frames against published vectors. */
class FrameVectorsTest {

    /**
     * lora-packet's README example (github.com/anthonykirby/lora-packet): an unconfirmed uplink from DevAddr 49be7df1,
     * FCnt 2, FPort 1, whose FRMPayload decrypts to "test" with AppSKey ec92...c588 and whose MIC checks with NwkSKey
     * 4402...3fd3.
     */
    private static final byte[] LORA_PACKET_UPLINK = Hex.bytes("40f17dbe4900020001954378762b11ff0d");

    private static final byte[] NWK_SKEY = Hex.key("44024241ed4ce9a68c6a8bc055233fd3");
    private static final byte[] APP_SKEY = Hex.key("ec925802ae430ca77fd3dd73cb2cc588");

    /** The OTAA example of lora-packet's issue 10 / runkit.com/avbentem, AppKey B6B5...CFCA. */
    private static final byte[] APP_KEY = Hex.key("B6B53F4A168A7A88BDF7EA135CE9CFCA");

    private static final byte[] JOIN_REQUEST = Hex.bytes("00dc0000d07ed5b3701e6fedf57ceeaf0085cc587fe913");
    private static final byte[] JOIN_ACCEPT =
            Hex.bytes("204dd85ae608b87fc4889970b7d2042c9e72959b0057aed6094b16003df12de145");

    @Test
    void theLoraPacketReadmeUplinkDecodesChecksAndDecryptsToTest() throws Exception {
        DataFrame frame = DataFrame.Serializer.decode(LORA_PACKET_UPLINK);

        assertThat(frame.mType()).isEqualTo(MType.UNCONFIRMED_DATA_UP);
        assertThat(Hex.devAddr(frame.devAddr())).isEqualTo("49be7df1");
        assertThat(frame.fCnt16()).isEqualTo(2);
        assertThat(frame.fPort()).isEqualTo(1);
        assertThat(Hex.bytes(frame.mic())).isEqualTo("2b11ff0d");
        assertThat(DataFrames.micMatches(frame, 2, NWK_SKEY)).isTrue();
        assertThat(new String(DataFrames.open(frame, 2, NWK_SKEY, APP_SKEY), StandardCharsets.US_ASCII))
                .isEqualTo("test");
    }

    @Test
    void aFrameSealedAgainWithTheSameSessionIsByteForByteThePublishedOne() {
        byte[] sealed = DataFrames.seal(
                MType.UNCONFIRMED_DATA_UP,
                0x49be7df1,
                0,
                2,
                1,
                "test".getBytes(StandardCharsets.US_ASCII),
                NWK_SKEY,
                APP_SKEY);

        assertThat(sealed).isEqualTo(LORA_PACKET_UPLINK);
    }

    @Test
    void theMicFailsWithAnotherKeyOrAnotherCounterHalf() throws Exception {
        DataFrame frame = DataFrame.Serializer.decode(LORA_PACKET_UPLINK);

        assertThat(DataFrames.micMatches(frame, 2, APP_SKEY)).isFalse();
        assertThat(DataFrames.micMatches(frame, 0x10002, NWK_SKEY)).isFalse();
    }

    @Test
    void thePublishedJoinRequestHasItsFieldsAndAValidMic() throws Exception {
        JoinRequest request = JoinRequest.Serializer.decode(JOIN_REQUEST);

        assertThat(Hex.eui(request.appEui())).isEqualTo("70b3d57ed00000dc");
        assertThat(Hex.eui(request.devEui())).isEqualTo("00afee7cf5ed6f1e");
        assertThat(request.devNonce()).isEqualTo(0xCC85);
        assertThat(LorawanCrypto.joinMic(APP_KEY, request.micInput())).isEqualTo(request.mic());
        assertThat(JoinRequest.Serializer.encode(request)).isEqualTo(JOIN_REQUEST);
    }

    @Test
    void thePublishedJoinAcceptDecryptsToItsFieldsAndIsEncryptedAgainToTheSameBytes() throws Exception {
        JoinAccept accept = JoinAccept.Serializer.decode(JOIN_ACCEPT, APP_KEY);

        assertThat(accept.appNonce()).isEqualTo(0xE5063A);
        assertThat(accept.netId()).isEqualTo(0x000013);
        assertThat(Hex.devAddr(accept.devAddr())).isEqualTo("26012e43");
        assertThat(accept.dlSettings()).isEqualTo(3);
        assertThat(accept.rxDelay()).isEqualTo(1);
        assertThat(Hex.bytes(accept.cfList())).isEqualTo("184f84e85684b85e84886684586e8400");
        assertThat(JoinAccept.Serializer.encode(accept, APP_KEY)).isEqualTo(JOIN_ACCEPT);
    }

    @Test
    void aJoinAcceptUnderTheWrongKeyIsRefused() {
        assertThatThrownBy(() -> JoinAccept.Serializer.decode(JOIN_ACCEPT, NWK_SKEY))
                .isInstanceOf(FrameException.class)
                .hasMessageContaining("MIC");
    }

    @Test
    void aTruncatedFrameOrFOptsRunningPastTheEndIsRefused() {
        assertThatThrownBy(() -> DataFrame.Serializer.decode(Hex.bytes("40f17dbe49000200")))
                .isInstanceOf(FrameException.class);
        assertThatThrownBy(() -> DataFrame.Serializer.decode(Hex.bytes("40f17dbe490f0200019543787b")))
                .isInstanceOf(FrameException.class)
                .hasMessageContaining("FOptsLen");
    }
}
