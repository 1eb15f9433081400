// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.json;

import static io.objectbus.node.json.JsonDeviceNode.topic;
import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.testing.Received;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * HTTP devices on one node: a meter that posts to the node with its token (http-device-push), and two boilers polled
 * for JSON (http-device-pull), one of which fails in every way an HTTP device can while the other keeps going.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HttpDevicesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TOKEN = "s3cret-meter-7";

    private final HttpClient http = HttpClient.newHttpClient();
    private final HttpDevicePeer failing = new HttpDevicePeer();
    private final HttpDevicePeer steady = new HttpDevicePeer();
    private JsonDeviceNode node;

    @BeforeAll
    void start() throws Exception {
        failing.start();
        steady.start();
        node = new JsonDeviceNode(Map.of());
        node.drop(
                "meter.camel.yaml",
                """
                - route:
                    id: adapter-http-meter
                    from:
                      uri: kamelet:http-device-push
                      parameters:
                        name: meter-7
                        token: %s
                        interval: 2000
                        resources: "power, $.power, number, unit=W; energy, $.total, number, unit=Wh"
                      steps:
                        - log: "meter posted"
                """
                        .formatted(TOKEN));
        node.drop(
                "boilers.camel.yaml",
                pull("boiler-a", failing, "") + pull("boiler-b", steady, steady.url("/setpoint")));
    }

    private static String pull(String name, HttpDevicePeer peer, String writeUrl) {
        return """
                - route:
                    id: adapter-http-%1$s
                    from:
                      uri: kamelet:http-device-pull
                      parameters:
                        name: %1$s
                        url: %2$s
                        interval: 300
                        timeout: 2000
                        resources: "flow, $.flow.t, number, unit=Cel; setpoint, $.setpoint, writable"
                        writeUrl: "%3$s"
                        writeBody: "@value@"
                      steps:
                        - log: "%1$s polled"
                """
                .formatted(name, peer.url("/status"), writeUrl);
    }

    @AfterAll
    void stop() throws Exception {
        try {
            node.close();
        } finally {
            failing.close();
            steady.close();
        }
    }

    @Test
    @Order(0)
    void aPostingDevicesObjectAndConnectionAreOnTheBusFromTheLoadOfItsFileBeforeAnyPost() {
        await(topic("meter-7/$info"), "\"unit\":\"W\"");
        await(topic("http-meter-7/state"), "\"v\":\"up\"");
        assertThat(node.bus.on(topic("meter-7/power"))).isEmpty();
    }

    @Test
    @Order(1)
    void aPostWithTheDevicesTokenPutsItsValuesOnTheBusAndTheConnectionUp() throws Exception {
        // The node loads the file on its own time: until then the path is unknown (404).
        HttpResponse<String> answer = Awaitility.await()
                .atMost(WAIT)
                .until(
                        () -> post("{\"power\": 412.5, \"total\": 9001}", "Bearer " + TOKEN),
                        a -> a.statusCode() != 404);
        assertThat(answer.statusCode()).isEqualTo(204);
        await(topic("meter-7/power"), "412.5", "\"q\":\"good\"");
    }

    @Test
    @Order(2)
    void aPostWithAWrongOrNoTokenIsAnswered401AndReportedOnErrorsWithItsPayload() throws Exception {
        node.bus.clear();
        HttpResponse<String> wrong = post("{\"power\": 1, \"total\": 1, \"n\": \"wrong\"}", "Bearer guess");
        HttpResponse<String> none = post("{\"power\": 2, \"total\": 2, \"n\": \"none\"}", null);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        await(topic("$errors"), "wrong bearer token", "\\\"n\\\": \\\"wrong\\\"");
        await(topic("$errors"), "no bearer token", "\\\"n\\\": \\\"none\\\"");
        // (The meter's silence may turn its value stale meanwhile: that is not a value of these posts.)
        assertThat(node.bus.on(topic("meter-7/power"))).noneMatch(r -> r.text().contains("\"q\":\"good\""));
    }

    @Test
    @Order(3)
    void aPostThatIsNoJsonIsAnswered400AndReportedWithItsPayload() throws Exception {
        assertThat(post("{\"power\": 300, \"total\": 9002}", "Bearer " + TOKEN).statusCode())
                .isEqualTo(204);
        await(topic("meter-7/power"), "300", "\"q\":\"good\"");
        node.bus.clear();
        HttpResponse<String> answer = post("power=12", "Bearer " + TOKEN);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("not JSON");
        await(topic("$errors"), "meter-7", "not JSON", "power=12");
        await(topic("meter-7/power"), "\"q\":\"stale\"", "not JSON");
    }

    @Test
    @Order(4)
    void aDeviceSilentForLongerThanItsIntervalTurnsStaleAndItsNextPostGood() throws Exception {
        assertThat(post("{\"power\": 500, \"total\": 9002}", "Bearer " + TOKEN).statusCode())
                .isEqualTo(204);
        await(topic("meter-7/power"), "500", "\"q\":\"good\"");
        node.bus.clear();
        await(topic("meter-7/power"), "\"q\":\"stale\"", "no report for 2 s");
        assertThat(post("{\"power\": 501, \"total\": 9003}", "Bearer " + TOKEN).statusCode())
                .isEqualTo(204);
        await(topic("meter-7/power"), "501", "\"q\":\"good\"");
    }

    @Test
    @Order(5)
    void aPolledDeviceAnswering500GoesDownWithItsStatusWhileTheOtherKeepsGoing() {
        await(topic("boiler-a/flow"), "\"q\":\"good\"");
        node.bus.clear();
        failing.mode(HttpDevicePeer.Mode.SERVER_ERROR);
        await(topic("http-boiler-a/state"), "\"v\":\"down\"");
        await(topic("http-boiler-a/reason"), "HTTP 500 Internal Server Error: boiler controller fault");
        await(topic("boiler-a/flow"), "\"q\":\"stale\"", "HTTP 500");
        node.bus.clear();
        await(topic("boiler-b/flow"), "\"q\":\"good\"");
    }

    @Test
    @Order(6)
    void aPolledDeviceAnsweringGarbageTurnsStaleAndReportsThePayloadWhileTheOtherKeepsGoing() {
        failing.mode(HttpDevicePeer.Mode.GOOD);
        await(topic("boiler-a/flow"), "\"q\":\"good\"");
        node.bus.clear();
        failing.mode(HttpDevicePeer.Mode.GARBAGE);
        await(topic("$errors"), "http device boiler-a", "not JSON", "<html>rebooting");
        await(topic("boiler-a/flow"), "\"q\":\"stale\"", "payload does not fit");
        node.bus.clear();
        await(topic("boiler-b/flow"), "\"q\":\"good\"");
        failing.mode(HttpDevicePeer.Mode.GOOD);
        await(topic("boiler-a/flow"), "\"q\":\"good\"");
    }

    @Test
    @Order(7)
    void aWriteTheDeviceHoldsIsAnsweredTimeoutAtTheAdaptersTimeoutBeforeTheBussOwn() throws Exception {
        // The device holds the write past the bus's write-timeout (10 s); the adapter's timeout is 2 s.
        steady.delayWrites(12_000);
        try {
            long start = System.nanoTime();
            node.bus.request(topic("boiler-b/setpoint/$set"), "{\"v\":61,\"p\":8}", "test/replies", "w1");
            await("test/replies", "\"status\":\"timeout\"", "the device did not answer in time");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
        } finally {
            steady.delayWrites(0);
        }
    }

    @Test
    @Order(8)
    void aWriteTheDeviceAnswersAByteASecondIsAnsweredTimeoutAtTheAdaptersTimeout() throws Exception {
        // Each byte would restart an idle timeout: the adapter's timeout (2 s) bounds the whole answer.
        node.bus.clear();
        steady.trickleWrites(12);
        try {
            long start = System.nanoTime();
            node.bus.request(topic("boiler-b/setpoint/$set"), "{\"v\":62,\"p\":8}", "test/replies", "w2");
            await("test/replies", "\"status\":\"timeout\"", "the device did not answer in time");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
        } finally {
            steady.trickleWrites(0);
        }
    }

    private HttpResponse<String> post(String json, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + node.httpPort + "/devices/meter-7"))
                .timeout(WAIT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Received await(String topic, String... fragments) {
        Predicate<Received> match = r -> r.topic().equals(topic);
        for (String fragment : fragments) {
            match = match.and(r -> r.text().contains(fragment));
        }
        return node.bus.await(match, WAIT);
    }
}
