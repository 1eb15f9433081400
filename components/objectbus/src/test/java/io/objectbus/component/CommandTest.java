// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.CommandProgress;
import io.objectbus.bus.Json;
import io.objectbus.model.CommandDescriptor;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.testing.Paho3Probe;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code $cmd}: an object's command runs in the route its describing route named (commandUri), and the asker gets
 * {@code accepted}, the route's progress, then {@code done} with its result or {@code failed}; requests the node
 * cannot take are {@code rejected} and reported on {@code $errors}.
 */
class CommandTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final CountDownLatch RELEASE = new CountDownLatch(1);

    private static BusFixture node;
    private static Paho5Probe client;
    private static Paho5Probe errors;

    @BeforeAll
    static void startNode() throws Exception {
        node = BusFixture.start("cmds", c -> {}, adapter());
        client = new Paho5Probe(node.url(), "cmd-client");
        client.subscribe("me/+", 1);
        client.subscribe(node.topic("+/$info"), 1);
        errors = new Paho5Probe(node.url(), "cmd-errors");
        errors.subscribe(node.topic("$errors"), 1);
        node.camel.createProducerTemplate().sendBody("direct:adapter", List.of(counter("counter"), counter("slow")));
        client.awaitOn(node.topic("slow/$info"));
    }

    @AfterAll
    static void stopNode() throws Exception {
        RELEASE.countDown();
        errors.close();
        client.close();
        node.close();
    }

    @Test
    void aCommandIsAcceptedReportsItsProgressAndEndsDoneWithItsResult() throws Exception {
        client.request(node.topic("counter/$cmd"), "{\"cmd\":\"count\",\"args\":{\"to\":3}}", "me/count", "c1");
        JsonNode done = reply("me/count", "done");
        assertThat(done.get("result").get("counted").asInt()).isEqualTo(3);
        assertThat(done.get("object").asText()).isEqualTo("counter");
        assertThat(done.get("cmd").asText()).isEqualTo("count");
        List<String> statuses = statuses("me/count");
        assertThat(statuses).containsExactly("accepted", "progress", "progress", "progress", "done");
        JsonNode last = Json.parse(client.on("me/count").get(3).payload());
        assertThat(last.get("done").asInt()).isEqualTo(3);
        assertThat(last.get("of").asInt()).isEqualTo(3);
        assertThat(last.get("text").asText()).isEqualTo("counted 3");
        assertThat(new String(client.on("me/count").get(4).correlationData())).isEqualTo("c1");
        for (Received reply : client.on("me/count")) {
            Schemas.assertValid("cmd-reply", reply);
        }
        Schemas.assertValid("cmd-request", "{\"cmd\":\"count\",\"args\":{\"to\":3}}");
        Schemas.assertValid(
                "object-info", client.on(node.topic("counter/$info")).get(0));
        assertThat(client.on(node.topic("counter/$info")).get(0).text())
                .contains("\"commands\":{")
                .contains("\"count\":{\"description\":\"counts to n\"");
    }

    @Test
    void aCommandTheRouteFailsEndsFailedWithTheReason() throws Exception {
        client.request(node.topic("counter/$cmd"), "{\"cmd\":\"count\",\"args\":{\"to\":-1}}", "me/bad", "c2");
        JsonNode failed = reply("me/bad", "failed");
        assertThat(failed.get("reason").asText()).isEqualTo("cannot count to -1");
        Schemas.assertValid(
                "cmd-reply", client.on("me/bad").get(client.on("me/bad").size() - 1));
    }

    @Test
    void anUnknownCommandOrObjectIsRejectedAndReportedOnErrors() throws Exception {
        client.request(node.topic("counter/$cmd"), "{\"cmd\":\"explode\"}", "me/unknown", "c3");
        assertThat(reply("me/unknown", "rejected").get("reason").asText())
                .isEqualTo("unknown command explode of object counter");
        client.request(node.topic("nobody/$cmd"), "{\"cmd\":\"count\"}", "me/nobody", "c4");
        assertThat(reply("me/nobody", "rejected").get("reason").asText()).isEqualTo("unknown object nobody");
        Schemas.assertValid("cmd-reply", client.on("me/nobody").get(0));
        errors.awaitOn(node.topic("$errors"), "unknown command explode of object counter");
    }

    @Test
    void aMalformedRequestIsRejectedOnErrors() throws Exception {
        client.publish(node.topic("counter/$cmd"), "{\"cmd\":", 1, false);
        errors.awaitOn(node.topic("$errors"), "malformed JSON");
        client.publish(node.topic("counter/$cmd"), "{\"args\":{}}", 1, false);
        errors.awaitOn(node.topic("$errors"), "a command request is a JSON object with");
        client.publish(node.topic("counter/x/$cmd"), "{\"cmd\":\"count\"}", 1, false);
        errors.awaitOn(node.topic("$errors"), "a command topic is ob/v1/cmds/{object}/$cmd");
    }

    @Test
    void aSecondCommandWhileOneRunsIsRejectedBusy() throws Exception {
        client.request(node.topic("slow/$cmd"), "{\"cmd\":\"wait\"}", "me/slow", "s1");
        reply("me/slow", "accepted");
        client.request(node.topic("slow/$cmd"), "{\"cmd\":\"wait\"}", "me/busy", "s2");
        assertThat(reply("me/busy", "rejected").get("reason").asText())
                .isEqualTo("busy: object slow is running a command");
    }

    @Test
    void anMqtt311ClientGetsTheRepliesOnItsReplyTopicWithItsId() throws Exception {
        try (Paho3Probe old = new Paho3Probe(node.url(), "cmd-311")) {
            old.subscribe("me311/replies", 1);
            old.publish(
                    node.topic("counter/$cmd"),
                    "{\"cmd\":\"count\",\"args\":{\"to\":1},\"id\":\"q1\",\"reply\":\"me311/replies\"}",
                    1,
                    false);
            Received done = old.await(r -> r.text().contains("\"status\":\"done\""), WAIT);
            assertThat(Json.parse(done.payload()).get("id").asText()).isEqualTo("q1");
        }
    }

    private static JsonNode reply(String topic, String status) throws Exception {
        Received received =
                client.await(r -> r.topic().equals(topic) && r.text().contains("\"status\":\"" + status + "\""), WAIT);
        return Json.parse(received.payload());
    }

    private static List<String> statuses(String topic) {
        return client.on(topic).stream().map(CommandTest::status).toList();
    }

    private static String status(Received received) {
        try {
            return Json.parse(received.payload()).get("status").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectDescriptor counter(String id) {
        var arg = new CommandDescriptor.Arg("integer", "how far");
        return Rooms.room(id, "hall")
                .withCommands(Map.of(
                        "count", new CommandDescriptor("counts to n", Map.of("to", arg)),
                        "wait", new CommandDescriptor("waits until the test ends", null)));
    }

    private static RouteBuilder adapter() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:adapter").routeId("adapter-cmds").to("objectbus:describe?commandUri=direct:commands");
                from("direct:commands").routeId("adapter-cmds-commands").process(CommandTest::run);
            }
        };
    }

    private static void run(Exchange exchange) throws Exception {
        if ("wait".equals(exchange.getMessage().getHeader(ObjectBusConstants.COMMAND))) {
            RELEASE.await(60, TimeUnit.SECONDS);
            return;
        }
        int to = ((Number) exchange.getMessage().getBody(Map.class).get("to")).intValue();
        if (to < 0) {
            throw new IllegalArgumentException("cannot count to " + to);
        }
        CommandProgress progress = exchange.getMessage().getHeader(ObjectBusConstants.PROGRESS, CommandProgress.class);
        for (int i = 1; i <= to; i++) {
            progress.report(i, to, "counted " + i);
        }
        exchange.getMessage().setBody(Map.of("counted", to));
    }
}
