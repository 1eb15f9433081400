// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.link.TestCertificates;
import io.objectbus.node.cli.ObjectbusCli;
import io.objectbus.testing.FreePorts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line client against the node's TLS listener, whose certificate a private site CA signed. */
class CommandLineClientTlsTest {

    @TempDir
    static Path dir;

    static TestNode node;
    static TestCertificates.Stores certs;
    static int tlsPort;

    private record Run(int exit, String out, String err) {}

    @BeforeAll
    static void start() throws Exception {
        certs = TestCertificates.create(dir.resolve("certs"));
        tlsPort = FreePorts.next();
        node = TestNode.start(
                "node-t",
                dir,
                Map.of(),
                Map.of(
                        "objectbus.broker.tls-port", String.valueOf(tlsPort),
                        "objectbus.broker.certificate",
                                certs.pem().brokerChain().toString(),
                        "objectbus.broker.private-key", certs.pem().brokerKey().toString(),
                        "objectbus.broker.users", "alice:alice-secret"));
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void theSiteCaGivenWithCafileIsTrustedForTheBrokersCertificate() {
        Run run = cli("--cafile", certs.pem().siteCa().toString(), "discover", "--nodes");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("node-t");
    }

    @Test
    void withoutTheSiteCaTheBrokersCertificateIsNotTrusted() {
        Run run = cli("--tls", "discover", "--nodes");
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).startsWith("objectbus: no connection to the broker at ssl://127.0.0.1:");
    }

    @Test
    void anotherCaInCafileIsNotTrustedEither() throws Exception {
        TestCertificates.Stores other = TestCertificates.create(dir.resolve("other-certs"));
        Run run = cli("--cafile", other.pem().siteCa().toString(), "discover", "--nodes");
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).startsWith("objectbus: no connection to the broker at ssl://127.0.0.1:");
    }

    @Test
    void aCafileThatIsNotACertificateIsNamedInTheError() throws Exception {
        Path notPem = Files.writeString(dir.resolve("not-a-ca.pem"), "hello\n");
        Run run = cli("--cafile", notPem.toString(), "discover", "--nodes");
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).startsWith("objectbus: ").contains("--cafile " + notPem);
    }

    private static Run cli(String... args) {
        String[] all = new String[args.length + 8];
        System.arraycopy(
                new String[] {
                    "--host",
                    "127.0.0.1",
                    "--port",
                    String.valueOf(tlsPort),
                    "--user",
                    "alice",
                    "--password",
                    "alice-secret"
                },
                0,
                all,
                0,
                8);
        System.arraycopy(args, 0, all, 8, args.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // A command that waits for what never comes fails the test instead of hanging it.
        int exit = CompletableFuture.supplyAsync(
                        () -> ObjectbusCli.run(new PrintWriter(out, true), new PrintWriter(err, true), all))
                .orTimeout(90, TimeUnit.SECONDS)
                .join();
        return new Run(exit, out.toString(), err.toString());
    }
}
