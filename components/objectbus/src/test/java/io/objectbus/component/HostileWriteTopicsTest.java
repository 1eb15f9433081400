// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A write to a topic that is not a resource's {@code $set} is answered, never met with silence: every topic under the
 * node (and the prefix-level {@code $set}) that ends in {@code $set} gets a {@code rejected} reply and an entry on
 * {@code $errors} that names the topic as it was published.
 */
class HostileWriteTopicsTest {

    private static final String NODE = "ob/v1/node1/";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final AtomicInteger REPLIES = new AtomicInteger();
    private static BusFixture node;
    private static Paho5Probe client;
    private static Paho5Probe errors;

    @BeforeAll
    static void startNode() throws Exception {
        node = BusFixture.start("node1", c -> {});
        node.bus().describe(Rooms.room("r1", "floor-1"));
        client = new Paho5Probe(node.url(), "hostile-writer");
        client.subscribe("hostile/#", 1);
        errors = new Paho5Probe(node.url(), "hostile-errors");
        errors.subscribe(node.topic("$errors"), 1);
    }

    @AfterAll
    static void stopNode() throws Exception {
        client.close();
        errors.close();
        node.close();
    }

    static Stream<Arguments> hostileTopics() {
        return Stream.of(
                hostile("one extra level", NODE + "r1/setpoint/extra/$set"),
                hostile("two extra levels", NODE + "r1/setpoint/a/b/$set"),
                hostile("three extra levels", NODE + "r1/setpoint/a/b/c/$set"),
                hostile("six extra levels", NODE + "r1/setpoint/1/2/3/4/5/6/$set"),
                hostile("one level short", NODE + "r1/$set"),
                hostile("node-level $set", NODE + "$set"),
                hostile("prefix-level $set", "ob/v1/$set"),
                hostile("another node's id as a level", NODE + "node2/r1/setpoint/$set"),
                hostile("the node's root repeated", NODE + "ob/v1/node1/r1/setpoint/$set"),
                hostile("'..' as object", NODE + "../setpoint/$set"),
                hostile("'..' as resource", NODE + "r1/../$set"),
                hostile("'..' between object and resource", NODE + "r1/../setpoint/$set"),
                hostile("'.' as object", NODE + "./setpoint/$set"),
                hostile("'.' as resource", NODE + "r1/./$set"),
                hostile("a dot inside the object", NODE + "r1.x/setpoint/$set"),
                hostile("a dot inside the resource", NODE + "r1/set.point/$set"),
                hostile("a trailing dot", NODE + "r1./setpoint/$set"),
                hostile("an empty object", NODE + "/setpoint/$set"),
                hostile("an empty resource", NODE + "r1//$set"),
                hostile("empty object and resource", NODE + "/$set"),
                hostile("an empty extra level", NODE + "r1/setpoint//$set"),
                hostile("a $ object", NODE + "$x/setpoint/$set"),
                hostile("a $ resource", NODE + "r1/$x/$set"),
                hostile("$set as object", NODE + "$set/setpoint/$set"),
                hostile("$set twice", NODE + "r1/setpoint/$set/$set"),
                hostile("non-ASCII object", NODE + "r\u00e91/setpoint/$set"),
                hostile("non-ASCII resource", NODE + "r1/s\u00e9tpoint/$set"),
                hostile("CJK object", NODE + "\u623f\u95f4/setpoint/$set"),
                hostile("an emoji", NODE + "r1\ud83d\ude00/setpoint/$set"),
                hostile("a zero-width space", NODE + "r1\u200b/setpoint/$set"),
                hostile("a right-to-left override", NODE + "r1\u202e/setpoint/$set"),
                hostile("an id of 65 characters", NODE + "a".repeat(65) + "/setpoint/$set"),
                hostile("a level of 10000 characters", NODE + "a".repeat(10_000) + "/setpoint/$set"),
                hostile("a space", NODE + "r 1/setpoint/$set"),
                hostile("a no-break space", NODE + "r1\u00a0/setpoint/$set"),
                hostile("a full-width plus", NODE + "r\uff0b/setpoint/$set"),
                hostile("a full-width hash", NODE + "r1/\uff03/$set"),
                hostile("the broker's one-word wildcard", NODE + "*/setpoint/$set"),
                hostile("a percent-encoded slash", NODE + "r1%2F/setpoint/$set"),
                hostile("a quote", NODE + "r1\"/setpoint/$set"));
    }

    private static Arguments hostile(String kind, String topic) {
        return Arguments.of(Named.of(kind, topic));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTopics")
    void aHostileWriteTopicIsRejectedWithAReplyAndAnErrorEntry(String topic) throws Exception {
        String replyTopic = "hostile/" + REPLIES.incrementAndGet();
        client.request(topic, "{\"v\":21}", replyTopic, replyTopic);
        JsonNode reply =
                Json.parse(client.await(r -> r.topic().equals(replyTopic), WAIT).payload());
        assertThat(reply.get("status").asText()).isEqualTo("rejected");
        Received error = errors.await(r -> topic.equals(parse(r).path("source").asText()), WAIT);
        assertThat(parse(error).get("reason").asText())
                .isEqualTo(reply.get("reason").asText());
    }

    @Test
    void aValidWriteAfterTheHostileOnesIsStillApplied() throws Exception {
        String replyTopic = "hostile/valid";
        client.request(NODE + "r1/setpoint/$set", "{\"v\":23,\"p\":8}", replyTopic, replyTopic);
        client.await(r -> r.topic().equals(replyTopic) && r.text().contains("\"applied\""), WAIT);
    }

    private static JsonNode parse(Received message) {
        try {
            return Json.parse(message.payload());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
