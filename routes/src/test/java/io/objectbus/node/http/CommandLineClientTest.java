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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line client against a running node, as a user or a script runs it: output and exit codes. */
class CommandLineClientTest {

    @TempDir
    static Path dir;

    static TestNode node;

    private record Run(int exit, String out, String err) {}

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start("node-c", dir, Map.of("rooms.camel.yaml", ROOMS));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> cli("objects", "--type", "room").out().contains("room-a"));
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void objectsListsTheMatchingObjectsAsATableOrAsJson() {
        Run table = cli("objects", "--type", "room");
        assertThat(table.exit()).isZero();
        assertThat(table.out()).startsWith("NODE").contains("node-c", "room-a", "setpoint,temperature");
        Run json = cli("--json", "objects", "--object", "room-*");
        assertThat(json.out().trim()).startsWith("[{").contains("\"id\":\"room-a\"");
    }

    @Test
    void getShowsTheCurrentValuesAndWatchPrintsThemAsTheyCome() {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> cli("get", "node-c/room-a").out().contains("21.0"));
        assertThat(cli("get", "node-c/room-a").out()).contains("temperature", "Cel", "good");
        // Two resources with values, so that two changes come whatever the order of the tests.
        assertThat(cli("set", "node-c/room-a/setpoint", "20", "-p", "16").exit())
                .isZero();
        Run watch = cli("watch", "node-c/room-a", "--count", "2", "--interval", "100");
        assertThat(watch.exit()).isZero();
        assertThat(watch.out()).contains("node-c/room-a/temperature 21.0 Cel good");
    }

    @Test
    void setPrintsTheOutcomeAndExitsZeroOnlyWhenTheWriteTookEffect() {
        Run applied = cli("set", "node-c/room-a/setpoint", "22.5", "-p", "8", "--owner", "cli");
        assertThat(applied.exit()).isZero();
        assertThat(applied.out().trim()).isEqualTo("applied");
        Run rejected = cli("set", "node-c/room-a/temperature", "30");
        assertThat(rejected.exit()).isEqualTo(1);
        assertThat(rejected.out()).startsWith("rejected: ");
        assertThat(cli("errors").out()).contains("room-a/temperature/$set");
    }

    @Test
    void badArgumentsAndAnUnreachableNodeHaveExitCodesOfTheirOwn() throws Exception {
        assertThat(cli("get", "not-a-target").exit()).isEqualTo(2);
        assertThat(cli("frobnicate").exit()).isEqualTo(2);
        Run away = run("--url", "http://127.0.0.1:" + FreePorts.next(), "objects");
        assertThat(away.exit()).isEqualTo(3);
        assertThat(away.err()).startsWith("objectbus: no answer from http://127.0.0.1:");
    }

    private static Run cli(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--url";
        all[1] = node.url();
        System.arraycopy(args, 0, all, 2, args.length);
        return run(all);
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ObjectbusCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
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
                        constant: '{"id":"room-a","type":"room","resources":{"temperature":{"type":"number","unit":"Cel"},"setpoint":{"type":"number","unit":"Cel","writable":true}}}'
                    - to: objectbus:describe
                    - setBody:
                        constant: '{"temperature": 21.0}'
                    - to: objectbus:publish?object=room-a
            """;
}
