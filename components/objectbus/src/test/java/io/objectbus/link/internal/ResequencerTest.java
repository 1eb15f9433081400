// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The router puts a stream back in order; what a previous run of the node left in its inbox goes on where that run
 * stopped instead of waiting for what it had handled already.
 */
class ResequencerTest {

    private final List<String> handedOn = new ArrayList<>();
    private long now;
    private final Resequencer order = new Resequencer(m -> handedOn.add(m.wireSequence()), 2000, () -> now);

    @Test
    void aMessageThatComesEarlyWaitsForThoseBeforeIt() {
        order.accept(message("s1:2"), false);
        order.accept(message("s1:3"), false);
        assertThat(handedOn).isEmpty();
        order.accept(message("s1:1"), false);
        assertThat(handedOn).containsExactly("s1:1", "s1:2", "s1:3");
    }

    @Test
    void messagesLeftInTheInboxByThePreviousRunGoOnAtOnceAndBeforeTheNewConnections() {
        order.accept(message("old:3"), true);
        order.accept(message("old:4"), true);
        order.accept(message("new:1"), false);
        order.tick();
        assertThat(handedOn).containsExactly("old:3", "old:4", "new:1");
    }

    @Test
    void whatIsMissingIsGivenUpAfterTheHoldingTime() {
        order.accept(message("s1:2"), false);
        now += 1999;
        order.tick();
        assertThat(handedOn).isEmpty();
        now += 1;
        order.tick();
        assertThat(handedOn).containsExactly("s1:2");
    }

    private static LinkMessage message(String wireSequence) {
        return LinkMessage.of("ob/v1/A/ma/power", new byte[0], "A", false).sentAs(wireSequence);
    }
}
