// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.BusObject;
import io.objectbus.bus.BusTransport;
import io.objectbus.bus.BusValue;
import io.objectbus.bus.BusView;
import io.objectbus.bus.Json;
import io.objectbus.bus.WriteCommand;
import io.objectbus.bus.WriteReply;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.testing.Paho5Probe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bus seen from inside the node, without an MQTT client: picture, changes and writes (docs/components). */
class BusViewTest {

    /** The machine is shared and loaded: events get time. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final List<WriteCommand> commands = new CopyOnWriteArrayList<>();
    private BusFixture node;
    private BusView view;
    private ProducerTemplate producer;

    @BeforeEach
    void startNode() throws Exception {
        node = BusFixture.start("v1", c -> c.setWriteTimeout(500), new RouteBuilder() {
            @Override
            public void configure() {
                from("objectbus:set?object=r1")
                        .routeId("adapter-test-r1")
                        .process(e -> commands.add(e.getMessage().getBody(WriteCommand.class)));
                from("objectbus:set?object=broken")
                        .routeId("adapter-test-broken")
                        .throwException(new IllegalStateException("device answered: out of service"));
                from("objectbus:set?object=slow").routeId("adapter-test-slow").delay(3000);
            }
        });
        for (String id : List.of("r1", "r2", "broken", "slow")) {
            node.bus().describe(Rooms.room(id, "floor-1"));
        }
        producer = node.camel.createProducerTemplate();
        producer.sendBody("objectbus:publish?object=r1", Map.of("temperature", 20.0));
        view = node.bus().view();
    }

    @AfterEach
    void stopNode() throws Exception {
        node.close();
    }

    @Test
    void aWatchGetsTheCurrentPictureFirstThenEveryChange() {
        Recorder recorder = new Recorder();
        try (BusView.Watch watch = view.watch(new BusView.Selection("v1", "r1"), recorder)) {
            assertThat(recorder.events.get(0)).isEqualTo("described v1/r1");
            assertThat(recorder.events).contains("value v1/r1/temperature 20.0 good");
            producer.sendBody("objectbus:publish?object=r1", Map.of("temperature", 20.5));
            producer.sendBody("objectbus:publish?object=r2", Map.of("temperature", 30.0));
            producer.sendBody("objectbus:stale?object=r1", "sensor silent");
            await().atMost(PATIENCE).until(() -> recorder.events.contains("value v1/r1/temperature 20.5 stale"));
            assertThat(recorder.events).contains("value v1/r1/temperature 20.5 good");
            assertThat(recorder.events).noneMatch(e -> e.contains("/r2"));
            node.bus().remove("r1");
            assertThat(recorder.events).last().isEqualTo("removed v1/r1");
        }
    }

    @Test
    void valuesOfOneResourceComeInTheOrderTheBusPublishedThem() throws Exception {
        List<BusValue> seen = new CopyOnWriteArrayList<>();
        try (BusView.Watch watch = view.watch(BusView.Selection.node("v1"), new Recorder() {
            @Override
            public void value(BusValue value) {
                if (value.object().equals("r2") && value.resource().equals("humidity")) {
                    seen.add(value);
                }
            }
        })) {
            Thread other = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    producer.sendBody("objectbus:publish?object=r2", Map.of("temperature", i / 10.0));
                }
            });
            other.start();
            for (int i = 1; i <= 500; i++) {
                producer.sendBody("objectbus:publish?object=r2", Map.of("humidity", i / 10.0));
            }
            other.join(30_000);
            await().atMost(PATIENCE).until(() -> seen.size() == 500);
            assertThat(seen).extracting(v -> (Double) v.value()).isSorted();
            assertThat(seen).extracting(BusValue::sequence).isSorted().doesNotHaveDuplicates();
            assertThat(seen.get(499).value()).isEqualTo(50.0);
        }
    }

    @Test
    void aClosedWatchHearsNothingMore() {
        Recorder recorder = new Recorder();
        view.watch(BusView.Selection.node("v1"), recorder).close();
        int heard = recorder.events.size();
        producer.sendBody("objectbus:publish?object=r1", Map.of("temperature", 25.0));
        node.bus().describe(Rooms.room("r9", "floor-2"));
        assertThat(recorder.events).hasSize(heard);
    }

    @Test
    void aListenerThatFailsNeitherStopsTheAdapterNorOtherWatches() throws Exception {
        Recorder healthy = new Recorder();
        view.watch(BusView.Selection.ALL, new Recorder() {
            @Override
            public void value(BusValue value) {
                throw new IllegalStateException("listener bug");
            }
        });
        view.watch(BusView.Selection.ALL, healthy);
        try (Paho5Probe watcher = new Paho5Probe(node.url(), "view-watcher")) {
            watcher.subscribe(node.topic("r1/temperature"), 0);
            producer.sendBody("objectbus:publish?object=r1", Map.of("temperature", 26.0));
            watcher.await(r -> r.text().contains("\"v\":26.0"), PATIENCE);
        }
        assertThat(healthy.events).contains("value v1/r1/temperature 26.0 good");
    }

    @Test
    void aWriteIsAcceptedThenAppliedByTheAdapterAtItsPriorityAndOwner() throws Exception {
        List<WriteReply> replies = new CopyOnWriteArrayList<>();
        WriteReply reply = view.write(new BusView.Write("r1", "setpoint", 22.5, 8, "test", null), replies::add)
                .get(30, TimeUnit.SECONDS);
        assertThat(reply.status()).isEqualTo("applied");
        assertThat(reply.effectiveValue()).isEqualTo(22.5);
        assertThat(reply.effectivePriority()).isEqualTo(8);
        assertThat(replies).extracting(WriteReply::status).containsExactly("accepted", "applied");
        WriteCommand command = commands.get(commands.size() - 1);
        assertThat(command.value()).isEqualTo(22.5);
        assertThat(command.writtenPriority()).isEqualTo(8);
        assertThat(command.owner()).isEqualTo("test");
    }

    @Test
    void aWriteUnderAHigherPriorityIsStoredAndRelinquishingThatLevelFallsBack() throws Exception {
        write("r2", "setpoint", 23.0, 3);
        WriteReply stored = write("r2", "setpoint", 24.0, 8);
        assertThat(stored.status()).isEqualTo("stored");
        assertThat(stored.reason()).isEqualTo("priority 3 is in control");
        WriteReply relinquished = write("r2", "setpoint", null, 3);
        assertThat(relinquished.status()).isEqualTo("applied");
        assertThat(relinquished.effectiveValue()).isEqualTo(24.0);
        assertThat(relinquished.effectivePriority()).isEqualTo(8);
    }

    @Test
    void aTimeToLiveRelinquishesTheLevelByItself() throws Exception {
        write("r2", "setpoint", 19.0, 5);
        view.write(new BusView.Write("r2", "setpoint", 26.0, 4, "party", Duration.ofMillis(300)))
                .get(30, TimeUnit.SECONDS);
        await().atMost(PATIENCE).until(() -> Double.valueOf(19.0).equals(current("r2", "setpoint")));
    }

    @Test
    void aRefusedWriteIsRejectedWithTheReasonASetGetsAndReportedOnErrors() throws Exception {
        try (WriteClient client = new WriteClient(node.url(), "set-writer")) {
            client.probe().subscribe(node.topic("$errors"), 1);
            String[][] cases = {
                {"temperature", "18.0", "p8"}, {"setpoint", "40.0", "p8"}, {"mode", "\"party\"", "p8"},
                {"setpoint", "\"warm\"", "p8"}, {"setpoint", "21.0", "p17"}, {"nothing", "1", "p8"}
            };
            for (String[] c : cases) {
                int priority = Integer.parseInt(c[2].substring(1));
                Object value = Json.scalar(Json.parse(c[1].getBytes(StandardCharsets.UTF_8)));
                WriteReply viewed = write("r2", c[0], value, priority);
                assertThat(viewed.status()).isEqualTo("rejected");
                String reported = viewed.reason().replace("\"", "\\\"");
                client.probe()
                        .await(
                                r -> r.topic().equals(node.topic("$errors"))
                                        && r.text().contains(reported),
                                PATIENCE);
                client.probe().clear();
                String request = "{\"v\":" + c[1] + ",\"p\":" + priority + "}";
                JsonNode set = client.write(node.topic("r2/" + c[0] + "/$set"), request);
                assertThat(viewed.reason()).isEqualTo(set.get("reason").asText());
            }
        }
    }

    @Test
    void anAdapterThatFailsOrIsTooSlowGivesFailedOrTimeout() throws Exception {
        WriteReply failed = write("broken", "setpoint", 22.0, 8);
        assertThat(failed.status()).isEqualTo("failed");
        assertThat(failed.reason()).isEqualTo("device answered: out of service");
        assertThat(write("slow", "setpoint", 22.0, 8).status()).isEqualTo("timeout");
    }

    @Test
    void objectsOfOtherNodesThatRoutersBringArePartOfThePictureAndOfTheWatch() throws Exception {
        forward("ob/v1/v2/m1/$info", Json.bytes(Rooms.meter("m1")));
        forward("ob/v1/v2/m1/power", value(410, "2026-11-22T10:00:00.000Z", false));
        Recorder recorder = new Recorder();
        view.watch(new BusView.Selection("v2", "*"), recorder);
        assertThat(recorder.events).containsExactly("described v2/m1", "value v2/m1/power 410 good");
        assertThat(view.objects(BusView.Selection.ALL))
                .extracting(o -> o.node() + "/" + o.descriptor().id())
                .containsExactlyInAnyOrder("v1/r1", "v1/r2", "v1/broken", "v1/slow", "v2/m1");
        assertThat(view.values("v2", "m1")).extracting(BusValue::value).containsExactly(410L);

        forward("ob/v1/v2/m1/power", value(420, "2026-11-22T10:00:02.000Z", false));
        // A value replayed after an outage, older than the one held: it does not replace it.
        forward("ob/v1/v2/m1/power", value(400, "2026-11-22T10:00:01.000Z", true));
        forward("ob/v1/v2/m1/$info", new byte[0]);
        assertThat(recorder.events)
                .containsExactly(
                        "described v2/m1", "value v2/m1/power 410 good", "value v2/m1/power 420 good", "removed v2/m1");
        assertThat(view.objects(BusView.Selection.node("v2"))).isEmpty();
    }

    @Test
    void aSelectionOfOneNodeLeavesTheOthersOut() throws Exception {
        forward("ob/v1/v2/m1/$info", Json.bytes(Rooms.meter("m1")));
        assertThat(view.objects(BusView.Selection.node("v1")))
                .extracting(BusObject::node)
                .containsOnly("v1");
        assertThat(view.objects(new BusView.Selection("*", "m*")))
                .extracting(o -> o.descriptor().id())
                .containsExactly("m1");
    }

    private WriteReply write(String object, String resource, Object value, int priority) throws Exception {
        return view.write(new BusView.Write(object, resource, value, priority, "test", null))
                .get(30, TimeUnit.SECONDS);
    }

    private Object current(String object, String resource) {
        return view.values("v1", object).stream()
                .filter(v -> v.resource().equals(resource))
                .map(BusValue::value)
                .findFirst()
                .orElse(null);
    }

    private void forward(String topic, byte[] payload) {
        node.bus().forward(new BusTransport.Outbound(topic, payload, 1, null, null, Map.of(), false), "v2");
    }

    private static byte[] value(long v, String ts, boolean hist) {
        String text = "{\"v\":" + v + ",\"u\":\"W\",\"ts\":\"" + ts + "\",\"q\":\"good\",\"seq\":7"
                + (hist ? ",\"hist\":true" : "") + "}";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Writes down what a watch is told, one line each. */
    private static class Recorder implements BusView.Listener {
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void described(String node, ObjectDescriptor object) {
            events.add("described " + node + "/" + object.id());
        }

        @Override
        public void removed(String node, String objectId) {
            events.add("removed " + node + "/" + objectId);
        }

        @Override
        public void value(BusValue value) {
            String quality = value.quality() == null ? "" : value.quality().wireName();
            events.add("value " + value.node() + "/" + value.object() + "/" + value.resource() + " " + value.value()
                    + " " + quality);
        }
    }
}
