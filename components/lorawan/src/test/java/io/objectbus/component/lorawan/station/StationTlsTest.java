// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.station;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.objectbus.component.lorawan.LorawanConsumer;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a key store the Basics Station server speaks TLS: a station that trusts its certificate gets a wss:// URI. */
class StationTlsTest {

    @TempDir
    Path dir;

    @Test
    void withAKeyStoreRouterInfoIsServedOverTlsAndAnswersAWssUri() throws Exception {
        Path keyStore = dir.resolve("lns.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-keystore",
                        keyStore.toString(),
                        "-storetype",
                        "PKCS12",
                        "-storepass",
                        "secret",
                        "-keyalg",
                        "EC",
                        "-alias",
                        "lns",
                        "-validity",
                        "2",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "SAN=ip:127.0.0.1")
                .redirectErrorStream(true)
                .start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.exists(keyStore)).isTrue();
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("lorawan:tls?host=127.0.0.1&transport=basics-station&stationPort=0&stationKeyStore=" + keyStore
                                    + "&stationKeyStorePassword=secret")
                            .routeId("lorawan")
                            .to("log:lorawan");
                }
            });
            camel.start();
            int port = ((LorawanConsumer) camel.getRoute("lorawan").getConsumer()).stationPort();

            JsonNode answer = routerInfo(port, keyStore);

            assertThat(answer.path("uri").asText()).isEqualTo("wss://127.0.0.1:" + port + "/traffic/b827ebfffe610f2c");
        }
    }

    private static JsonNode routerInfo(int port, Path keyStore) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            trusted.load(in, "secret".toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        CompletableFuture<String> answer = new CompletableFuture<>();
        WebSocket ws = HttpClient.newBuilder()
                .sslContext(tls)
                .build()
                .newWebSocketBuilder()
                .buildAsync(URI.create("wss://127.0.0.1:" + port + "/router-info"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                        answer.complete(data.toString());
                        return null;
                    }
                })
                .get(30, TimeUnit.SECONDS);
        ws.sendText("{\"router\":\"b827:ebff:fe61:f2c\"}", true).get(30, TimeUnit.SECONDS);
        return new ObjectMapper().readTree(answer.get(30, TimeUnit.SECONDS));
    }
}
