// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The contract of an adapter whose peer can refuse a write (a device error): the write fails with the peer's reason.
 * An {@link AdapterContractTest} implements it where its simulated peer can be told to refuse.
 */
public interface PeerRefusals {

    /** Has the peer refuse the next writes. */
    void refuseWrites() throws Exception;

    /** Has the peer take writes again. */
    void acceptWrites() throws Exception;

    /** The reason the bus gives for the peer's refusal. */
    String refusalReason();

    /** A write the peer refuses while told to. */
    AdapterContractTest.Write refusedWrite();

    JsonNode write(AdapterContractTest.Write write) throws Exception;

    /** How many messages the kit's client has had so far. */
    int mark();

    /** The values of the watched resource that arrived after the mark. */
    List<String> watchedValuesAfter(int mark);

    @Test
    @Order(6)
    default void aWriteThePeerRefusesFailsWithThePeersReasonAndNothingElseTurnsStale() throws Exception {
        int mark = mark();
        refuseWrites();
        try {
            JsonNode reply = write(refusedWrite());
            assertThat(reply.path("status").asText()).as(reply.toString()).isEqualTo("failed");
            assertThat(reply.path("reason").asText()).isEqualTo(refusalReason());
        } finally {
            acceptWrites();
        }
        // A refusal is the write's outcome, not the adapter's failure: once the next write is through, no value of
        // the adapter has turned stale.
        assertThat(write(refusedWrite()).path("status").asText()).isEqualTo("applied");
        assertThat(watchedValuesAfter(mark)).noneMatch(value -> value.contains("\"q\":\"stale\""));
    }
}
