// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class NodeInfoTest {

    @Test
    void aDescriptorBuiltWhileALinkChangedIsNotServedAfterTheChange() throws Exception {
        AtomicReference<String> state = new AtomicReference<>("connecting");
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch changedMeanwhile = new CountDownLatch(1);
        Topics topics = new Topics("ob/v1", "here");
        BusSettings settings = BusSettings.defaults("here");
        NodeInfo info = new NodeInfo(settings, topics, new Registry(settings, topics), Clock.systemUTC(), () -> {
            String read = state.get();
            reading.countDown();
            await(changedMeanwhile);
            return List.of(Map.of("id", "to-B", "state", read));
        });
        // The link's own announcement reads the descriptor while the link turns up: it sees the old state.
        CompletableFuture<byte[]> early = CompletableFuture.supplyAsync(info::payload);
        await(reading);
        state.set("up");
        info.changed();
        changedMeanwhile.countDown();
        assertThat(text(early.get(5, TimeUnit.SECONDS))).contains("\"state\":\"connecting\"");

        assertThat(info.takeChanged()).isTrue();
        assertThat(text(info.payload())).contains("\"state\":\"up\"");
    }

    private static String text(byte[] payload) {
        return new String(payload, StandardCharsets.UTF_8);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
