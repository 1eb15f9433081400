// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bridges;

import static org.awaitility.Awaitility.await;

import io.objectbus.component.ObjectBusComponent;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.node.NodeMain;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A router file dropped into a running node links it within seconds, as docs/routers.md says; an edit is applied and
 * deleting the file ends the link. Node C runs its router to A from the start; A gets its file while it runs.
 */
class RouterFileTest {

    @TempDir
    static Path dir;

    private static RouterTestFiles files;
    private static int cTls;
    private static int aMqtt;
    private static Path aBridges;
    private static Main a;
    private static Main c;

    @BeforeAll
    static void startNodes() throws Exception {
        files = new RouterTestFiles(dir);
        aMqtt = FreePorts.next();
        int aTls = FreePorts.next();
        cTls = FreePorts.next();
        aBridges = files.routes("node-a");
        Path cBridges = files.routes("node-c", files.router("node-a", aTls, "node-c"));
        a = node("node-a", aMqtt, aTls, "node-c:" + RouterTestFiles.password("node-c"), aBridges);
        c = node("node-c", FreePorts.next(), cTls, "node-a:" + RouterTestFiles.password("node-a"), cBridges);
        a.start();
        c.start();
        c.getCamelContext()
                .getComponent("objectbus", ObjectBusComponent.class)
                .getBus()
                .describe(boiler());
    }

    @AfterAll
    static void stopNodes() {
        a.stop();
        c.stop();
    }

    @Test
    void aRouterFileDroppedIntoARunningNodeLinksItIsAppliedWhenEditedAndUnlinksWhenDeleted() throws Exception {
        Path file = aBridges.resolve("router-node-c.camel.yaml");
        try (Paho5Probe onA = new Paho5Probe("tcp://127.0.0.1:" + aMqtt, "watch-a")) {
            onA.subscribe("ob/v1/node-c/boiler/$info", 1);
            onA.subscribe("ob/v1/node-a/$info", 1);
            Files.writeString(file, files.router("node-c", cTls, "node-a"));
            onA.awaitOn("ob/v1/node-c/boiler/$info", "Boiler");
            onA.await(r -> r.topic().equals("ob/v1/node-a/$info") && r.text().contains("\"id\":\"node-c\""));

            Files.writeString(file, RouterTestFiles.parameter(Files.readString(file), "name", "site-c"));
            onA.await(r -> r.topic().equals("ob/v1/node-a/$info") && r.text().contains("\"id\":\"site-c\""));

            onA.clear();
            Files.delete(file);
            await().until(() -> a.getCamelContext().getRoute("router-node-c") == null);
            onA.await(r -> r.topic().equals("ob/v1/node-a/$info") && r.text().contains("\"links\":[]"));
        }
    }

    private static Main node(String id, int mqtt, int tls, String users, Path bridges) {
        return NodeMain.create(files.node(
                id, mqtt, tls, users, bridges.toString(), Path.of("target/test-data/" + id + "-" + System.nanoTime())));
    }

    private static ObjectDescriptor boiler() {
        return new ObjectDescriptor(
                "boiler",
                "Boiler",
                "boiler",
                "sim",
                "sim:boiler",
                "plant-room",
                List.of(),
                Map.of("temperature", ResourceDescriptor.number("Cel")),
                0);
    }
}
