// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.broker.BrokerSecurity;
import io.objectbus.broker.BrokerSettings;
import io.objectbus.broker.ClusterSettings;
import io.objectbus.broker.EmbeddedBroker;
import io.objectbus.broker.HighAvailability;
import io.objectbus.bus.Json;
import io.objectbus.component.ObjectBusComponent;
import io.objectbus.history.HistoryRecorder;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.ValueType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttMessage;

/**
 * The node under test, in a JVM of its own: embedded broker, bus, a raw-JSON normaliser route, and commands on
 * {@code bench/ctl/#} from the benchmark driver (describe objects, feed values at a rate, report heap and what its
 * history recorder, when it runs one, recorded).
 */
public final class BenchNode {

    static final String NODE = "bench";

    private final CamelContext camel;
    private final Feeder feeder;
    private final String nodeId;
    private final EmbeddedBroker broker;
    private final ObjectBusComponent bus;
    private HistoryRecorder history;
    private HistoryCompaction.Run compaction;

    private BenchNode(CamelContext camel, String nodeId, EmbeddedBroker broker, ObjectBusComponent bus) {
        this.camel = camel;
        this.feeder = new Feeder(camel.createProducerTemplate());
        this.nodeId = nodeId;
        this.broker = broker;
        this.bus = bus;
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path data = Path.of(args[1]);
        int valueQos = Integer.parseInt(args[2]);
        boolean journalSync = args.length > 3 && args[3].equals("journal-sync");
        boolean recordHistory = args.length > 4 && args[4].equals("history");
        // A cluster member: its node id, its cluster port and the other members' (ClusterSite).
        String nodeId = args.length > 5 ? args[5] : NODE;
        // BENCH_HA=primary or backup: a member of a live/backup pair of its node id (HaCost).
        String ha = System.getenv("BENCH_HA");
        ClusterSettings cluster = args.length > 7
                ? new ClusterSettings(
                        "127.0.0.1",
                        Integer.parseInt(args[6]),
                        List.of(args[7].split(",")),
                        "bench-cluster",
                        ha == null
                                ? HighAvailability.none()
                                : new HighAvailability(
                                        HighAvailability.Role.valueOf(ha.toUpperCase(java.util.Locale.ROOT)),
                                        nodeId,
                                        false,
                                        ""))
                : ClusterSettings.none();
        // BENCH_JOURNAL: the journal type (MAPPED, NIO) as the node's objectbus.broker.journal-type sets it.
        String journal = System.getenv("BENCH_JOURNAL");
        EmbeddedBroker broker = new EmbeddedBroker(
                new BrokerSettings(
                        "127.0.0.1",
                        port,
                        0,
                        data,
                        true,
                        0,
                        BrokerSettings.DEFAULT_MAX_MESSAGE_BYTES,
                        journalSync,
                        journal == null ? BrokerSettings.DEFAULT_JOURNAL_TYPE : JournalType.valueOf(journal)),
                BrokerSecurity.none(),
                cluster);
        tuneJournal(broker);
        String idCache = System.getenv("BENCH_ID_CACHE");
        if (idCache != null) {
            // For trying the duplicate-id cache each address of a cluster member keeps (ClusterSite).
            broker.server().getConfiguration().setIDCacheSize(Integer.parseInt(idCache));
        }
        if (System.getenv("BENCH_NO_INPUT_GUARD") != null) {
            // For measuring what the input guard costs as a message plugin of the broker.
            var configuration = broker.server().getConfiguration();
            List.copyOf(configuration.getBrokerPlugins()).stream()
                    .filter(p -> p instanceof io.objectbus.broker.security.InputGuard)
                    .forEach(configuration::unRegisterBrokerPlugin);
            System.out.println("plugins " + configuration.getBrokerPlugins());
        }
        if (System.getenv("BENCH_GROUP_BUCKETS") != null) {
            // For measuring the node's queues without message-group buckets against Artemis's default.
            broker.server()
                    .getConfiguration()
                    .getAddressSettings()
                    .get("#")
                    .setDefaultGroupBuckets(Integer.parseInt(System.getenv("BENCH_GROUP_BUCKETS")));
        }
        String acceptor = System.getenv("BENCH_ACCEPTOR");
        if (acceptor != null) {
            tuneAcceptor(broker, acceptor);
        }
        broker.start();
        CamelContext camel = new DefaultCamelContext();
        ObjectBusComponent bus = new ObjectBusComponent();
        bus.setBroker(broker);
        bus.setNodeId(nodeId);
        bus.setValueQos(valueQos);
        bus.setRequestsPerSecond(1_000_000);
        camel.addComponent("objectbus", bus);
        camel.addRoutes(rawNormaliser("raw/+", "adapter-bench-raw"));
        // A cluster member's own MQTT devices: one member's normaliser each, whichever member a device connects to.
        camel.addRoutes(rawNormaliser("raw/" + nodeId + "/+", "adapter-bench-raw-member"));
        camel.start();
        bus.start();
        BenchNode node = new BenchNode(camel, nodeId, broker, bus);
        if (recordHistory) {
            // As the node's HistoryService does it, with its default queue and batch.
            Path file = data.resolve("history.duckdb");
            node.compaction = HistoryCompaction.Run.filled(file);
            node.history = new HistoryRecorder(node.compaction.store(), 100_000, 5000, 250, Clock.systemUTC())
                    .start(bus.getBus().view());
        }
        node.listen(port);
        System.out.println("READY");
        Thread.currentThread().join();
    }

    /**
     * For trying journal settings against the node's own (BrokerConfiguration): BENCH_JOURNAL_SYNC (true|false, both
     * kinds of sync), BENCH_JOURNAL_DATASYNC (true|false: fsync on a sync), BENCH_JOURNAL_BUFFER_TIMEOUT (ns).
     */
    private static void tuneJournal(EmbeddedBroker broker) {
        var config = broker.server().getConfiguration();
        String sync = System.getenv("BENCH_JOURNAL_SYNC");
        if (sync != null) {
            config.setJournalSyncTransactional(Boolean.parseBoolean(sync));
            config.setJournalSyncNonTransactional(Boolean.parseBoolean(sync));
        }
        String datasync = System.getenv("BENCH_JOURNAL_DATASYNC");
        if (datasync != null) {
            config.setJournalDatasync(Boolean.parseBoolean(datasync));
        }
        String timeout = System.getenv("BENCH_JOURNAL_BUFFER_TIMEOUT");
        if (timeout != null) {
            config.setJournalBufferTimeout_NIO(Integer.parseInt(timeout));
            config.setJournalBufferTimeout_AIO(Integer.parseInt(timeout));
        }
        System.out.println(
                "journal " + config.getJournalType() + " sync " + config.isJournalSyncTransactional() + " datasync "
                        + config.isJournalDatasync() + " buffer timeout " + config.getJournalBufferTimeout_NIO());
    }

    /** For trying the MQTT acceptor's parameters ("key=value,key=value"); the node's own are in BrokerConfiguration. */
    private static void tuneAcceptor(EmbeddedBroker broker, String parameters) {
        for (var acceptor : broker.server().getConfiguration().getAcceptorConfigurations()) {
            if (acceptor.getName().equals("mqtt")) {
                for (String pair : parameters.split(",")) {
                    String[] kv = pair.split("=", 2);
                    acceptor.getParams().put(kv[0].strip(), kv[1].strip());
                }
                System.out.println("acceptor " + acceptor.getParams());
            }
        }
    }

    /**
     * Raw device JSON {"dev":…,"r":…,"v":…} on raw/{dev}, received in-VM from the node's broker and normalised onto the
     * bus: the path of an MQTT adapter.
     */
    private static RouteBuilder rawNormaliser(String filter, String routeId) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("objectbus:subscribe?topic=" + filter)
                        .routeId(routeId)
                        .process(e -> {
                            JsonNode raw = Json.parse(e.getMessage().getBody(byte[].class));
                            e.getMessage()
                                    .setBody(Map.of(
                                            "object", raw.get("dev").asText(),
                                            "resource", raw.get("r").asText(),
                                            "v", raw.get("v").asLong()));
                        })
                        .to("objectbus:publish");
            }
        };
    }

    /** Commands on bench/ctl/{node}/+, answered on bench/ack/{node}: per node, as members of a cluster share topics. */
    private void listen(int port) throws Exception {
        MqttClient control =
                new MqttClient("tcp://127.0.0.1:" + port, "bench-control-" + nodeId, new MemoryPersistence());
        String commands = "bench/ctl/" + nodeId + "/";
        control.setCallback(new ControlCallback() {
            @Override
            public void messageArrived(String topic, MqttMessage message) throws Exception {
                JsonNode command = Json.parse(message.getPayload());
                String reply = handle(topic.substring(commands.length()), command);
                // The command's number goes back with its answer: an answer that came too late is not taken for the
                // next.
                String numbered = "{\"seq\":" + command.path("seq").asLong(-1) + (reply.length() > 2 ? "," : "")
                        + reply.substring(1);
                control.publish("bench/ack/" + nodeId, numbered.getBytes(StandardCharsets.UTF_8), 1, false);
            }
        });
        control.connect();
        control.subscribe(commands + "+", 1);
    }

    private String handle(String command, JsonNode args) {
        return switch (command) {
            case "describe" ->
                describe(args.get("objects").asInt(), args.get("resources").asInt());
            case "feed" ->
                feeder.start(
                        args.get("objects").asInt(),
                        args.get("resources").asInt(),
                        args.get("count").asLong(),
                        args.get("rate").asInt());
            case "devices" ->
                SiteDevices.describe(
                        camel.createProducerTemplate(),
                        args.get("from").asInt(),
                        args.get("to").asInt(),
                        args.get("resources").asInt());
            case "picture" -> SiteDevices.picture(bus.getBus().view(), broker, feeder);
            case "heap" -> heap();
            case "compact" -> compaction.start();
            case "compaction" -> compaction.status();
            case "replica" -> "{\"synchronized\":" + broker.server().isReplicaSync() + "}";
            case "history" ->
                history == null
                        ? "{\"recorded\":0,\"dropped\":0,\"waiting\":0}"
                        : "{\"recorded\":" + history.recorded() + ",\"dropped\":" + history.dropped() + ",\"waiting\":"
                                + history.waiting() + "}";
            case "exit" -> exitSoon();
            default -> "{\"error\":\"unknown command " + command + "\"}";
        };
    }

    /**
     * Ends the JVM on its own, half a second after the answer has gone: a JVM stopped by a signal does not write the
     * ahead-of-time cache its training start records ({@code -XX:AOTCacheOutput}).
     */
    private static String exitSoon() {
        java.util.concurrent.CompletableFuture.delayedExecutor(500, java.util.concurrent.TimeUnit.MILLISECONDS)
                .execute(() -> System.exit(0));
        return "{}";
    }

    private String describe(int objects, int resources) {
        List<ObjectDescriptor> descriptors = new ArrayList<>();
        for (int o = 0; o < objects; o++) {
            Map<String, ResourceDescriptor> res = new LinkedHashMap<>();
            for (int r = 0; r < resources; r++) {
                res.put(
                        "r" + r,
                        new ResourceDescriptor(
                                ValueType.INTEGER, "us", false, null, null, null, null, null, null, null));
            }
            descriptors.add(new ObjectDescriptor("o-" + o, "Object " + o, "bench", "bench", null, null, null, res, 0));
        }
        camel.createProducerTemplate().sendBody("objectbus:describe", descriptors);
        return "{\"described\":" + objects + "}";
    }

    private static String heap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        return "{\"heapUsed\":" + used + "}";
    }
}
