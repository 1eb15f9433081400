// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

/** The node under test ({@link BenchNode}) in its own JVM, driven by commands over MQTT. */
final class NodeProcess extends ServerProcess {

    private static final ObjectMapper JSON = new ObjectMapper();
    final String nodeId;
    private final Mqtt5BlockingClient control;
    private final Mqtt5BlockingClient.Mqtt5Publishes acks;
    private long sequence;
    // BENCH_COMMAND_SECONDS: how long a command may take, for a member that describes a large site on a loaded machine.
    private static final long COMMAND_SECONDS =
            Long.parseLong(System.getenv().getOrDefault("BENCH_COMMAND_SECONDS", "120"));

    private NodeProcess(String name, int port, Process process, String nodeId) {
        super(name, port, process);
        this.nodeId = nodeId;
        control = Mqtt5Client.builder()
                .identifier("bench-driver-" + nodeId)
                .serverHost("127.0.0.1")
                .serverPort(port)
                .buildBlocking();
        control.connect();
        acks = control.publishes(com.hivemq.client.mqtt.MqttGlobalPublishFilter.SUBSCRIBED);
        control.subscribeWith()
                .topicFilter("bench/ack/" + nodeId)
                .qos(MqttQos.AT_LEAST_ONCE)
                .send();
    }

    static NodeProcess start(String heap, int valueQos) throws IOException, InterruptedException {
        return start(heap, valueQos, false);
    }

    /** @param journalSync whether the broker forces every persistent message to disk (fsync) */
    static NodeProcess start(String heap, int valueQos, boolean journalSync) throws IOException, InterruptedException {
        return start(heap, valueQos, journalSync, false);
    }

    /** @param history whether the node records every value in a DuckDB file, as objectbus.history.enabled does */
    static NodeProcess start(String heap, int valueQos, boolean journalSync, boolean history)
            throws IOException, InterruptedException {
        return start(NodeVariant.standard(), heap, valueQos, journalSync, history);
    }

    /** The node as the variant runs it: another JDK, other JVM options, other broker settings. */
    static NodeProcess start(NodeVariant variant, String heap, int valueQos, boolean journalSync, boolean history)
            throws IOException, InterruptedException {
        return start(
                variant,
                heap,
                freePort(),
                BenchNode.NODE,
                String.valueOf(valueQos),
                journalSync ? "journal-sync" : "no-journal-sync",
                history ? "history" : "no-history");
    }

    /**
     * A member of a cluster of bench nodes, values at QoS 0, no history.
     *
     * @param members {@code host:port,…} of the other members' cluster listeners
     */
    static NodeProcess member(String heap, int port, String nodeId, int clusterPort, String members)
            throws IOException, InterruptedException {
        return member(NodeVariant.standard(), heap, port, nodeId, clusterPort, members);
    }

    static NodeProcess member(
            NodeVariant standard, String heap, int port, String nodeId, int clusterPort, String members)
            throws IOException, InterruptedException {
        if (clusterPort == 0) {
            return start(standard, heap, port, nodeId, "0", "no-journal-sync", "no-history", nodeId);
        }
        return start(
                standard,
                heap,
                port,
                nodeId,
                "0",
                "no-journal-sync",
                "no-history",
                nodeId,
                String.valueOf(clusterPort),
                members);
    }

    private static NodeProcess start(NodeVariant variant, String heap, int port, String nodeId, String... settings)
            throws IOException, InterruptedException {
        String data = Files.createTempDirectory("bench-node").toString();
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(String.valueOf(port), data));
        args.addAll(java.util.List.of(settings));
        ProcessBuilder builder = new ProcessBuilder(
                        variant.java(heap, BenchNode.class.getName(), args.toArray(String[]::new)))
                .redirectErrorStream(true);
        builder.environment().putAll(variant.environment());
        Process process = builder.start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.equals("READY")) {
            System.err.println("node: " + line);
        }
        if (line == null) {
            throw new IllegalStateException("the bench node did not start");
        }
        Thread drain = new Thread(() -> out.lines().forEach(l -> System.err.println(variant.name() + ": " + l)));
        drain.setDaemon(true);
        drain.start();
        return new NodeProcess(variant.name(), port, process, nodeId);
    }

    /**
     * Sends a command and waits for its acknowledgement. Each command is numbered: the answer to an earlier command that
     * gave up waiting (a member overloaded for minutes) is passed over, not taken for this one's.
     */
    synchronized JsonNode command(String name, String args) throws Exception {
        long seq = ++sequence;
        String numbered = "{\"seq\":" + seq + (args.strip().length() > 2 ? "," : "")
                + args.strip().substring(1);
        control.publishWith()
                .topic("bench/ctl/" + nodeId + "/" + name)
                .qos(MqttQos.AT_LEAST_ONCE)
                .payload(numbered.getBytes(StandardCharsets.UTF_8))
                .send();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(COMMAND_SECONDS);
        while (true) {
            long left = deadline - System.nanoTime();
            Mqtt5Publish ack = acks.receive(Math.max(1, left), TimeUnit.NANOSECONDS)
                    .orElseThrow(() -> new IllegalStateException("no answer to " + name));
            JsonNode answer = JSON.readTree(ack.getPayloadAsBytes());
            if (answer.path("seq").asLong() == seq) {
                return answer;
            }
        }
    }

    long heapUsed() throws Exception {
        return command("heap", "{}").get("heapUsed").asLong();
    }

    @Override
    public void close() throws InterruptedException {
        control.disconnect();
        super.close();
    }
}
