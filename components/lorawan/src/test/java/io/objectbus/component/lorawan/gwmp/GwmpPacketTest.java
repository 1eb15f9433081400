// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.gwmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.objectbus.component.lorawan.frame.FrameException;
import io.objectbus.component.lorawan.frame.Hex;
import org.junit.jupiter.api.Test;

/** The packet forwarder protocol, PROTOCOL.TXT of Semtech's packet_forwarder (v2), sections 3 to 6. */
class GwmpPacketTest {

    @Test
    void aPushDataCarriesVersionTokenIdentifierGatewayEuiAndJson() throws Exception {
        byte[] datagram = Hex.bytes("02" + "abcd" + "00" + "aa555a0000000101" + Hex.bytes("{\"rxpk\":[]}".getBytes()));

        GwmpPacket p = GwmpPacket.Serializer.decode(datagram, datagram.length);

        assertThat(p.version()).isEqualTo(2);
        assertThat(p.token()).isEqualTo(0xabcd);
        assertThat(p.type()).isEqualTo(GwmpType.PUSH_DATA);
        assertThat(Hex.eui(p.gatewayEui())).isEqualTo("aa555a0000000101");
        assertThat(p.json()).isEqualTo("{\"rxpk\":[]}");
        assertThat(GwmpPacket.Serializer.encode(p)).isEqualTo(datagram);
    }

    @Test
    void anAcknowledgementIsFourBytesRepeatingTheToken() {
        byte[] ack = GwmpPacket.Serializer.encode(new GwmpPacket(2, 0xabcd, GwmpType.PUSH_ACK, 0, ""));

        assertThat(Hex.bytes(ack)).isEqualTo("02abcd01");
    }

    /** PROTOCOL.TXT 4, the rxpk example. */
    @Test
    void theRxpkOfTheProtocolExampleGivesItsRadioMetadata() throws Exception {
        String json = "{\"time\":\"2013-03-31T16:21:17.528002Z\",\"tmst\":3512348611,\"chan\":2,\"rfch\":0,"
                + "\"freq\":866.349812,\"stat\":1,\"modu\":\"LORA\",\"datr\":\"SF7BW125\",\"codr\":\"4/6\","
                + "\"rssi\":-35,\"lsnr\":5.1,\"size\":32,"
                + "\"data\":\"-DS4CGaDCdG+48eJNM3Vai-zDpsR71Pn9CPA9uCON84\"}";

        assertThatThrownBy(() -> Rxpk.of(new ObjectMapper().readTree(json)))
                .isInstanceOf(FrameException.class)
                .hasMessageContaining("Base64");

        Rxpk rxpk = Rxpk.of(new ObjectMapper()
                .readTree(json.replace("-DS4CGaDCdG+48eJNM3Vai-zDpsR71Pn9CPA9uCON84", "QPF9vkkAAgABlUN4disR/w0=")));
        assertThat(rxpk.tmst()).isEqualTo(3512348611L);
        assertThat(rxpk.frequency()).isEqualTo(866.349812);
        assertThat(rxpk.rssi()).isEqualTo(-35);
        assertThat(rxpk.snr()).isEqualTo(5.1);
        assertThat(rxpk.dataRate()).isEqualTo("SF7BW125");
        assertThat(Hex.bytes(rxpk.phy())).isEqualTo("40f17dbe4900020001954378762b11ff0d");
    }

    @Test
    void anUnknownIdentifierOrVersionIsRefused() {
        assertThatThrownBy(() -> GwmpPacket.Serializer.decode(Hex.bytes("02000009"), 4))
                .hasMessageContaining("identifier");
        assertThatThrownBy(() -> GwmpPacket.Serializer.decode(Hex.bytes("07000000"), 4))
                .hasMessageContaining("version");
        assertThatThrownBy(() -> GwmpPacket.Serializer.decode(Hex.bytes("02000002aa"), 5))
                .hasMessageContaining("gateway EUI");
    }
}
