// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.dali;

import io.objectbus.component.dali.DaliConstants;
import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.transforms.dali.BusLink;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/** The adapter's way onto its bus: exchanges of the kamelet's {@code dali:} endpoint, which share its bus's queue. */
final class DaliLink implements BusLink, AutoCloseable {

    private final ProducerTemplate producer;
    private final String uri;

    DaliLink(CamelContext context, String uri) {
        this.producer = context.createProducerTemplate();
        this.uri = uri;
    }

    @Override
    public BackwardFrame send(ForwardFrame... frames) throws Exception {
        return sendAsync(null, frames).get();
    }

    /** Queues the frames; the future fails with the bus's reason (gateway down, queue full...). */
    CompletableFuture<BackwardFrame> sendAsync(String mergeKey, ForwardFrame... frames) {
        return producer.asyncSend(uri, e -> {
                    e.getMessage().setBody(List.of(frames));
                    e.getMessage().setHeader(DaliConstants.MERGE_KEY, mergeKey);
                })
                .thenCompose(DaliLink::answer);
    }

    private static CompletableFuture<BackwardFrame> answer(Exchange e) {
        if (e.getException() != null) {
            return CompletableFuture.failedFuture(e.getException());
        }
        String kind = e.getMessage().getHeader(DaliConstants.ANSWER, String.class);
        return CompletableFuture.completedFuture(
                switch (kind == null ? "none" : kind) {
                    case "answer" -> BackwardFrame.answer(e.getMessage().getBody(Integer.class));
                    case "collision" -> BackwardFrame.collision();
                    default -> BackwardFrame.none();
                });
    }

    @Override
    public void close() throws Exception {
        producer.stop();
    }
}
