// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.node.cli.ObjectbusCli;
import io.objectbus.testing.FreePorts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line client over MQTT against a running node and its broker, as a user or a script runs it: output,
 * replies as they come, and exit codes.
 */
class CommandLineClientTest {

    private static final Duration LONG = Duration.ofSeconds(60);

    @TempDir
    static Path dir;

    static TestNode node;

    private record Run(int exit, String out, String err) {}

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start("node-c", dir, Map.of("rooms.camel.yaml", ROOMS));
        await().atMost(LONG).until(() -> cli("discover", "--type", "room").out().contains("room-a"));
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void discoverListsTheMatchingObjectsAsATableOrAsJsonLinesAndTheNodes() {
        Run table = cli("discover", "--type", "room");
        assertThat(table.exit()).isZero();
        assertThat(table.out())
                .startsWith("NODE")
                .contains("node-c", "room-a")
                .containsPattern("(setpoint,temperature|temperature,setpoint)\\n");
        assertThat(table.out())
                .as("no colours when the output is not a terminal")
                .doesNotContain("\u001b[");
        Run json = cli("--json", "discover", "--node", "node-*", "--object", "room-*");
        assertThat(json.exit()).isZero();
        assertThat(json.out().trim())
                .startsWith("{")
                .contains("\"id\":\"room-a\"", "\"node\":\"node-c\"")
                .doesNotContain("\n");
        assertThat(cli("discover", "--nodes").out()).contains("node-c", "0.1.0");
    }

    @Test
    void getShowsTheCurrentValuesAndWatchPrintsThemAsTheyCome() {
        await().atMost(LONG).until(() -> cli("get", "node-c/room-a").out().contains("21.0"));
        assertThat(cli("get", "node-c/room-a").out()).contains("temperature", "21.0", "Cel", "good");
        assertThat(cli("--color", "get", "node-c/room-a").out())
                .as("--color asks for colours anyway")
                .contains("\u001b[32mgood\u001b[0m");
        assertThat(cli("set", "node-c/room-a/setpoint", "20", "-p", "16").exit())
                .isZero();
        Run watch = cli("watch", "node-c/room-a", "--count", "2");
        assertThat(watch.exit()).isZero();
        assertThat(watch.out()).contains("node-c/room-a/temperature 21.0 Cel good", "node-c/room-a/setpoint ");
    }

    @Test
    void aWriteShowsEachReplyAsItComesAndExitsZeroOnlyWhenItTookEffect() {
        Run applied = cli("set", "node-c/room-a/setpoint", "22.5", "-p", "8", "--owner", "cli", "--ttl", "600");
        assertThat(applied.exit()).isZero();
        assertThat(applied.out().lines())
                .containsExactly(
                        "accepted  (in control: 22.5 at priority 8)", "applied  (in control: 22.5 at priority 8)");
        Run json = cli("--json", "set", "node-c/room-a/setpoint", "null", "-p", "8");
        assertThat(json.out().lines()).hasSize(2);
        assertThat(json.out().lines().toList().get(1)).contains("\"status\":\"applied\"");
    }

    @Test
    void aWriteTheDeviceRefusesOrTheNodeRejectsExitsOneWithTheReason() {
        Run failed = cli("set", "node-c/room-a/setpoint", "99", "-p", "7");
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.out().lines().toList().get(0)).startsWith("accepted");
        assertThat(failed.out().lines().toList().get(1)).startsWith("failed: ").contains("valve stuck");
        Run rejected = cli("set", "node-c/room-a/temperature", "30");
        assertThat(rejected.exit()).isEqualTo(1);
        assertThat(rejected.out()).startsWith("rejected: ");
    }

    @Test
    void errorsPrintsTheReportsOnErrorsAsTheyCome() {
        CompletableFuture<Run> errors = CompletableFuture.supplyAsync(() -> cli("errors", "--count", "1"));
        await().atMost(LONG).until(() -> {
            cli("set", "node-c/no-such-room/setpoint", "20");
            return errors.isDone();
        });
        Run run = errors.join();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("node-c", "no-such-room/setpoint/$set", "unknown object no-such-room");
    }

    @Test
    void badArgumentsANodeThatIsNotThereAndABrokerThatIsNotThereHaveExitCodesOfTheirOwn() {
        assertThat(cli("get", "not-a-target").exit()).isEqualTo(2);
        assertThat(cli("frobnicate").exit()).isEqualTo(2);
        Run absent = cli("--timeout", "2", "get", "node-x/room-a");
        assertThat(absent.exit()).isEqualTo(4);
        assertThat(absent.err()).startsWith("objectbus: node node-x did not answer");
        Run unknown = cli("get", "node-c/room-z");
        assertThat(unknown.exit()).isEqualTo(4);
        assertThat(unknown.err()).contains("node node-c has no object room-z");
        Run noWrite = cli("--timeout", "2", "set", "node-x/room-a/setpoint", "20");
        assertThat(noWrite.exit()).isEqualTo(4);
        Run away = run("--port", String.valueOf(FreePorts.next()), "discover");
        assertThat(away.exit()).isEqualTo(3);
        assertThat(away.err()).startsWith("objectbus: no connection to the broker at tcp://127.0.0.1:");
    }

    private static Run cli(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--host";
        all[1] = "127.0.0.1";
        all[2] = "--port";
        all[3] = String.valueOf(node.mqttPort);
        System.arraycopy(args, 0, all, 4, args.length);
        return run(all);
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // A command that waits for what never comes fails the test instead of hanging it.
        int exit = CompletableFuture.supplyAsync(
                        () -> ObjectbusCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args))
                .orTimeout(90, TimeUnit.SECONDS)
                .join();
        return new Run(exit, out.toString(), err.toString());
    }

    private static final String ROOMS =
            """
            - route:
                id: adapter-test-cli-rooms
                from:
                  uri: timer:rooms?period=200
                  steps:
                    - setBody:
                        constant: '{"id":"room-a","type":"room","resources":{"temperature":{"type":"number","unit":"Cel"},"setpoint":{"type":"number","unit":"Cel","writable":true,"relinquishDefault":21.0}}}'
                    - to: objectbus:describe?writeUri=direct:room-a-write
                    - setBody:
                        constant: '{"temperature": 21.0}'
                    - to: objectbus:publish?object=room-a
            - route:
                id: adapter-test-cli-write
                from:
                  uri: direct:room-a-write
                  steps:
                    - filter:
                        simple: '${header.ObjectBusValue} == 99'
                        steps:
                          - throwException:
                              exceptionType: java.lang.IllegalStateException
                              message: valve stuck
                    # The device applied it: its value comes back, as a real device's would.
                    - setBody:
                        simple: '{"setpoint": ${header.ObjectBusValue}}'
                    - removeHeaders:
                        pattern: ObjectBus*
                    - to: objectbus:publish?object=room-a
            """;
}
