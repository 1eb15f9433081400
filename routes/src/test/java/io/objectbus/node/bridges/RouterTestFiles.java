// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bridges;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.link.TestCertificates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Route files and settings of nodes linked by the shipped router example, over TLS with test certificates. Public for
 * the packaged-node tests.
 */
public final class RouterTestFiles {

    final Path dir;
    public final TestCertificates.Stores certs;

    public RouterTestFiles(Path dir) throws Exception {
        this.dir = dir;
        this.certs = TestCertificates.create(dir.resolve("certs"));
    }

    /** A folder of the node's route files. */
    Path routes(String node, String... files) throws Exception {
        Path bridges = Files.createDirectories(dir.resolve(node).resolve("bridges"));
        for (int i = 0; i < files.length; i++) {
            Files.writeString(bridges.resolve("link-" + i + ".camel.yaml"), files[i]);
        }
        return bridges;
    }

    /** The router example, pointed at the other node's TLS listener on loopback. */
    public String router(String remote, int port, String self) throws Exception {
        String yaml = Files.readString(Path.of("bridges/router-example.camel.yaml.disabled"))
                .replace("id: router-node-b", "id: router-" + remote);
        yaml = parameter(yaml, "name", remote);
        yaml = parameter(yaml, "remoteNode", remote);
        yaml = parameter(yaml, "url", "ssl://127.0.0.1:" + port);
        yaml = parameter(yaml, "username", self);
        yaml = parameter(yaml, "password", "\"RAW({{test.router-password}})\"");
        yaml = parameter(yaml, "trustStore", certs.siteCa().toString());
        return parameter(yaml, "trustStorePassword", TestCertificates.PASSWORD);
    }

    /** The example with one kamelet parameter set otherwise. */
    static String parameter(String yaml, String name, String value) {
        Matcher parameter = Pattern.compile("(?m)^(\\s+" + name + ": ).*$").matcher(yaml);
        assertThat(parameter.find()).as("parameter " + name).isTrue();
        return parameter.replaceFirst("$1" + Matcher.quoteReplacement(value));
    }

    /** A node's password on the others' brokers, with characters a URI reads as syntax unless written RAW(…). */
    public static String password(String node) {
        return "p&w+%of-" + node;
    }

    /** The settings of a node with a TLS listener, its users and its route folders. */
    Map<String, String> node(String id, int mqtt, int tls, String users, String folders, Path dataDir) {
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("objectbus.config", "file:../application.properties");
        overrides.put("camel.component.objectbus.node-id", id);
        overrides.put("objectbus.broker.mqtt-port", String.valueOf(mqtt));
        overrides.put("objectbus.broker.ws-port", "0");
        overrides.put("objectbus.broker.data-dir", dataDir.toString());
        overrides.put("objectbus.broker.tls-port", String.valueOf(tls));
        overrides.put("objectbus.broker.keystore", certs.broker().toString());
        overrides.put("objectbus.broker.keystore-password", TestCertificates.PASSWORD);
        overrides.put("objectbus.broker.users", users);
        overrides.put("objectbus.sim.enabled", "false");
        overrides.put("objectbus.routes.folders", folders);
        overrides.put("test.router-password", password(id));
        return overrides;
    }
}
