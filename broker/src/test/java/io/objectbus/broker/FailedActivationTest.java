// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.objectbus.testing.FreePorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broker that is no backup and cannot start ends its start with an error instead of waiting for a takeover. */
class FailedActivationTest {

    @TempDir
    Path dir;

    @Test
    void aBrokerWhoseDataFolderIsAFileEndsItsStartWithAnErrorInsteadOfWaiting() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("data"), "a file where the broker's data folder should be");
        EmbeddedBroker broker = new EmbeddedBroker(BrokerSettings.loopback(FreePorts.next(), notAFolder));
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(90), () -> assertThatThrownBy(broker::start)
                    .isInstanceOf(Exception.class));
        } finally {
            broker.stop();
        }
    }
}
