// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.broker.ClusterSettings;
import io.objectbus.broker.ClusterTls;
import io.objectbus.testing.FreePorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Cluster members joined by TLS both ways: members whose certificates come from the site's CA see each other's
 * objects; a member with a certificate of another CA is not let in.
 */
class ClusterTlsTest {

    private final int portA = FreePorts.next();
    private final int portB = FreePorts.next();
    private LinkedNode a;
    private LinkedNode b;

    @AfterEach
    void stop() throws Exception {
        for (LinkedNode node : new LinkedNode[] {b, a}) {
            if (node != null) {
                node.close();
            }
        }
    }

    private static ClusterSettings member(int port, int other, Path keys, Path trust) {
        return new ClusterSettings("127.0.0.1", port, List.of("127.0.0.1:" + other), "secret")
                .withTls(new ClusterTls(keys, TestCertificates.PASSWORD, trust, TestCertificates.PASSWORD));
    }

    private TestCertificates.Members certificates() throws Exception {
        return TestCertificates.members(
                Files.createTempDirectory(Path.of("target"), "cluster-tls-").toAbsolutePath());
    }

    @Test
    void membersWithCertificatesOfTheSiteCaSeeEachOthersObjectsOverTls() throws Exception {
        TestCertificates.Members stores = certificates();
        a = LinkedNode.create("A")
                .clustered(member(portA, portB, stores.member(), stores.siteCa()))
                .start();
        a.bus().describe(Sites.room("r1", "hvac"));
        b = LinkedNode.create("B")
                .clustered(member(portB, portA, stores.member(), stores.siteCa()))
                .start();
        b.bus().describe(Sites.meter("m1"));

        await().atMost(Duration.ofSeconds(60))
                .until(() -> b.bus().foreignState().size() >= 2);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> a.bus().foreignState().size() >= 2);
    }

    @Test
    void aMemberWithACertificateOfAnotherCaIsNotLetIn() throws Exception {
        TestCertificates.Members stores = certificates();
        a = LinkedNode.create("A")
                .clustered(member(portA, portB, stores.member(), stores.siteCa()))
                .start();
        a.bus().describe(Sites.room("r1", "hvac"));
        b = LinkedNode.create("B")
                .clustered(member(portB, portA, stores.rogueMember(), stores.siteCa()))
                .start();
        b.bus().describe(Sites.meter("m1"));

        await().during(Duration.ofSeconds(15)).atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(a.bus().foreignState().size()).isZero();
            assertThat(b.bus().foreignState().size()).isZero();
        });
    }
}
