// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.component.lorawan.frame.Hex;
import org.junit.jupiter.api.Test;

class LorawanCryptoTest {

    private static final byte[] RFC_KEY = Hex.key("2b7e151628aed2a6abf7158809cf4f3c");
    private static final String RFC_MESSAGE = "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
            + "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710";

    /** RFC 4493, 4 "Test Vectors": examples 1 to 4 (empty, one block, 40 bytes, four blocks). */
    @Test
    void aesCmacGivesTheFourResultsOfRfc4493() {
        assertThat(cmac(0)).isEqualTo("bb1d6929e95937287fa37d129b756746");
        assertThat(cmac(16)).isEqualTo("070a16b46b4d4144f79bdd9dd04a287c");
        assertThat(cmac(40)).isEqualTo("dfa66747de9ae63030ca32611497c827");
        assertThat(cmac(64)).isEqualTo("51f0bebf7e3b9d92fc49741779363cfe");
    }

    /**
     * The session keys of the OTAA example "Deciphering a LoRaWAN OTAA Join Accept" (Arjan van Bentem,
     * runkit.com/avbentem/deciphering-a-lorawan-otaa-join-accept, quoted with lora-packet's join request example):
     * AppKey B6B53F4A168A7A88BDF7EA135CE9CFCA, AppNonce E5063A, NetID 000013, DevNonce CC85.
     */
    @Test
    void sessionKeysDerivedFromTheJoinAreThoseOfThePublishedOtaaExample() {
        byte[] appKey = Hex.key("B6B53F4A168A7A88BDF7EA135CE9CFCA");

        assertThat(Hex.bytes(LorawanCrypto.sessionKey(appKey, 1, 0xE5063A, 0x000013, 0xCC85)))
                .isEqualTo("2c96f7028184bb0be8aa49275290d4fc");
        assertThat(Hex.bytes(LorawanCrypto.sessionKey(appKey, 2, 0xE5063A, 0x000013, 0xCC85)))
                .isEqualTo("f3a5c8f0232a38c144029c165865802c");
    }

    @Test
    void thePayloadCipherIsItsOwnInverseOverSeveralBlocks() {
        byte[] clear = Hex.bytes("00112233445566778899aabbccddeeff0011223344");
        byte[] sealed = LorawanCrypto.payload(RFC_KEY, LorawanCrypto.UPLINK, 0x26011BDA, 70000, clear);

        assertThat(sealed).isNotEqualTo(clear);
        assertThat(LorawanCrypto.payload(RFC_KEY, LorawanCrypto.UPLINK, 0x26011BDA, 70000, sealed))
                .isEqualTo(clear);
    }

    private static String cmac(int length) {
        return Hex.bytes(AesCmac.mac(RFC_KEY, Hex.bytes(RFC_MESSAGE.substring(0, length * 2))));
    }
}
