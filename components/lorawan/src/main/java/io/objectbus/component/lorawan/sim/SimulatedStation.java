// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A LoRa Basics Station as the LNS sees it, on the JDK's WebSocket client: it asks /router-info where its traffic
 * goes, connects there, sends version, and reports what its radio hears as updf and jreq messages, the PHYPayload
 * split into the fields of the station's LNS protocol ("Basics Station LNS protocol", doc.sm.tc/station/tcproto.html:
 * updf MHdr, DevAddr, FCtrl, FCnt, FOpts, FPort, FRMPayload, MIC, DR, Freq, upinfo; jreq MHdr, JoinEui, DevEui,
 * DevNonce, MIC). Field names also as in ChirpStack Gateway Bridge's basicstation structs. The devices added hear
 * its dnmsg downlinks, and it confirms each with dntxed.
 */
public final class SimulatedStation implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final List<SimulatedDevice> devices = new CopyOnWriteArrayList<>();
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private final WebSocket socket;

    public SimulatedStation(URI traffic) throws Exception {
        socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(traffic, new Collector())
                .get(30, TimeUnit.SECONDS);
    }

    /** A station that found its traffic endpoint through router-info, connected and sent its version. */
    public static SimulatedStation connect(int port, String eui) throws Exception {
        SimulatedStation station = new SimulatedStation(
                URI.create(routerInfo(port, eui).path("uri").asText()));
        station.version();
        return station;
    }

    /** The discovery exchange: {"router": id} to /router-info, its one answer back. */
    public static JsonNode routerInfo(int port, Object routerId) throws Exception {
        CompletableFuture<String> answer = new CompletableFuture<>();
        WebSocket ws = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/router-info"), new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            answer.complete(text.toString());
                        }
                        w.request(1);
                        return null;
                    }
                })
                .get(30, TimeUnit.SECONDS);
        ObjectNode request = JSON.createObjectNode();
        request.putPOJO("router", routerId);
        ws.sendText(request.toString(), true).get(30, TimeUnit.SECONDS);
        return JSON.readTree(answer.get(30, TimeUnit.SECONDS));
    }

    /** A device that hears this station's downlinks. */
    public void add(SimulatedDevice device) {
        devices.add(device);
    }

    public void send(String text) throws Exception {
        socket.sendText(text, true).get(30, TimeUnit.SECONDS);
    }

    /** The station's first message on its traffic connection. */
    public void version() throws Exception {
        send("{\"msgtype\":\"version\",\"station\":\"2.0.6(rpi/std)\",\"firmware\":null,\"package\":null,"
                + "\"model\":\"rpi\",\"protocol\":2,\"features\":\"rmtsh\"}");
    }

    /** A data frame heard on 868.1 MHz at DR5 (SF7BW125), as an updf message. */
    public void updf(byte[] phy, long xtime, long rctx, double rssi, double snr) throws Exception {
        ByteBuffer b = ByteBuffer.wrap(phy).order(ByteOrder.LITTLE_ENDIAN);
        ObjectNode m = JSON.createObjectNode().put("msgtype", "updf").put("MHdr", b.get() & 0xFF);
        m.put("DevAddr", b.getInt());
        int fCtrl = b.get() & 0xFF;
        m.put("FCtrl", fCtrl).put("FCnt", b.getShort() & 0xFFFF);
        m.put("FOpts", HEX.formatHex(phy, b.position(), b.position() + (fCtrl & 0x0F)));
        b.position(b.position() + (fCtrl & 0x0F));
        int rest = b.remaining() - 4;
        m.put("FPort", rest > 0 ? b.get() & 0xFF : -1);
        m.put("FRMPayload", HEX.formatHex(phy, b.position(), phy.length - 4));
        b.position(phy.length - 4);
        m.put("MIC", b.getInt());
        radio(m, xtime, rctx, rssi, snr);
        send(m.toString());
    }

    /** A Join-Request heard, as a jreq message (EUIs in the station's dashed form). */
    public void jreq(byte[] phy, long xtime) throws Exception {
        ByteBuffer b = ByteBuffer.wrap(phy).order(ByteOrder.LITTLE_ENDIAN);
        ObjectNode m = JSON.createObjectNode().put("msgtype", "jreq").put("MHdr", b.get() & 0xFF);
        m.put("JoinEui", dashed(b.getLong()));
        m.put("DevEui", dashed(b.getLong()));
        m.put("DevNonce", b.getShort() & 0xFFFF);
        m.put("MIC", b.getInt());
        radio(m, xtime, 0, -70, 7.5);
        send(m.toString());
    }

    /** The station reports a downlink sent. */
    public void dntxed(JsonNode dnmsg) throws Exception {
        send(dntxedOf(dnmsg));
    }

    private static String dntxedOf(JsonNode dnmsg) {
        return JSON.createObjectNode()
                .put("msgtype", "dntxed")
                .put("diid", dnmsg.path("diid").asInt())
                .put("DevEui", dnmsg.path("DevEui").asText())
                .put("rctx", dnmsg.path("rctx").asLong())
                .put("xtime", dnmsg.path("xtime").asLong() + 1_000_000)
                .put("txtime", 1.7e9)
                .put("gpstime", 0)
                .toString();
    }

    public List<JsonNode> received(String msgtype) {
        return received.stream()
                .filter(m -> msgtype.equals(m.path("msgtype").asText()))
                .toList();
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    /** Sends a dnmsg's pdu to the devices and reports it sent. */
    private void transmit(WebSocket w, JsonNode dnmsg) {
        byte[] pdu = HEX.parseHex(dnmsg.path("pdu").asText());
        devices.forEach(d -> d.receive(pdu));
        w.sendText(dntxedOf(dnmsg), true);
    }

    private static void radio(ObjectNode m, long xtime, long rctx, double rssi, double snr) {
        m.put("DR", 5).put("Freq", 868_100_000);
        m.putObject("upinfo")
                .put("rctx", rctx)
                .put("xtime", xtime)
                .put("gpstime", 0)
                .put("rxtime", 1.7e9)
                .put("rssi", rssi)
                .put("snr", snr);
    }

    private static String dashed(long eui) {
        StringBuilder s = new StringBuilder();
        for (int i = 7; i >= 0; i--) {
            s.append(String.format("%02X", (eui >>> (8 * i)) & 0xFF)).append(i > 0 ? "-" : "");
        }
        return s.toString();
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Collector implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                JsonNode m;
                try {
                    m = JSON.readTree(text.toString());
                } catch (Exception e) {
                    m = JSON.createObjectNode().put("msgtype", "unparsable").put("text", text.toString());
                }
                text.setLength(0);
                received.add(m);
                if ("dnmsg".equals(m.path("msgtype").asText()) && !devices.isEmpty()) {
                    transmit(w, m);
                }
            }
            w.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket w, int status, String reason) {
            closed.complete(status + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket w, Throwable error) {
            closed.complete(error.toString());
        }
    }
}
