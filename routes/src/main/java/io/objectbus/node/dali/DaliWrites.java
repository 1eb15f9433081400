// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.dali;

import io.objectbus.bus.CommandProgress;
import io.objectbus.bus.WriteCommand;
import io.objectbus.component.ObjectBusConstants;
import io.objectbus.component.dali.frame.Address;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.transforms.dali.Commissioning;
import io.objectbus.transforms.dali.DaliObjects;
import io.objectbus.transforms.dali.LightWrites;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * The writes of one DALI bus's objects, as the adapter's own {@code dali-write} route applies them: a light's or
 * group's write is one frame through the bus's queue (a group write one group frame); the bus object's
 * {@code discover} and {@code commission} run on the adapter's thread and answer when done, as writes of its resources
 * and as its commands ({@code $cmd}, {@link DaliCommands}). Bound under the name the
 * write route refers to while the adapter runs.
 */
final class DaliWrites extends AsyncProcessorSupport {

    private final CamelContext context;
    private final String name;
    private final DaliAdapter adapter;
    private final DaliCommands commands;
    private final AtomicLong writes = new AtomicLong();
    private final Map<String, Long> latest = new ConcurrentHashMap<>();

    private DaliWrites(CamelContext context, String name, DaliAdapter adapter) {
        this.context = context;
        this.name = name;
        this.adapter = adapter;
        this.commands = new DaliCommands(adapter);
    }

    static String uri(String adapterRouteId) {
        return "kamelet:dali-write?adapter=" + adapterRouteId;
    }

    static DaliWrites bind(CamelContext context, String adapterRouteId, DaliAdapter adapter) {
        DaliWrites writes = new DaliWrites(context, "dali-writes-" + adapterRouteId, adapter);
        context.getRegistry().bind(writes.name, writes);
        return writes;
    }

    void unbind() {
        if (context.getRegistry().lookupByName(name) == this) {
            context.getRegistry().unbind(name);
        }
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletableFuture<?> done;
        try {
            String command = exchange.getMessage().getHeader(ObjectBusConstants.COMMAND, String.class);
            done = command == null
                    ? apply(exchange.getMessage().getBody(WriteCommand.class))
                    : commands.run(
                            command,
                            exchange.getMessage().getHeader(ObjectBusConstants.PROGRESS, CommandProgress.class));
        } catch (RuntimeException e) {
            done = CompletableFuture.failedFuture(e);
        }
        done.whenComplete((result, error) -> {
            if (error == null && result instanceof Map<?, ?>) {
                exchange.getMessage().setBody(result);
            }
            if (error != null) {
                exchange.setException(
                        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
            }
            callback.done(false);
        });
        return false;
    }

    private CompletableFuture<?> apply(WriteCommand command) {
        if (command == null) {
            throw new IllegalArgumentException("a DALI write needs a WriteCommand");
        }
        String id = command.objectId();
        String bus = adapter.busId();
        if (id.equals(bus)) {
            return busCommand(command);
        }
        Address address = id.startsWith(bus + "-g")
                ? Address.group(Integer.parseInt(id.substring(bus.length() + 2)))
                : Address.shortAddress(Integer.parseInt(id.substring(bus.length() + 2)));
        var gear = address.kind() == Address.Kind.SHORT ? adapter.model().gear(address.number()) : null;
        Optional<ForwardFrame> frame = LightWrites.frame(address, command.resourceId(), command.value(), gear);
        return frame.isEmpty() ? CompletableFuture.completedFuture(null) : send("level:" + address, frame.get());
    }

    /**
     * Queues the frame; once it went out the bus shows the levels it gives. Of writes merged in the queue ("latest
     * wins") only the latest one's frame went out, so only it updates the values.
     */
    private CompletableFuture<?> send(String mergeKey, ForwardFrame frame) {
        long sequence = writes.incrementAndGet();
        latest.put(mergeKey, sequence);
        return adapter.link().sendAsync(mergeKey, frame).thenRun(() -> {
            if (latest.get(mergeKey) == sequence) {
                adapter.applied(frame);
            }
        });
    }

    private CompletableFuture<?> busCommand(WriteCommand command) {
        if (!Boolean.TRUE.equals(command.value())) {
            return CompletableFuture.completedFuture(null);
        }
        Runnable work = DaliObjects.COMMISSION.equals(command.resourceId()) ? this::commission : adapter::discover;
        return CompletableFuture.runAsync(work, adapter.worker());
    }

    private void commission() {
        String bus = adapter.busId();
        try {
            Commissioning.Result result = new Commissioning(
                            adapter.link(), adapter.model().usedAddresses(), p -> adapter.out()
                                    .publish(bus, Map.of(DaliObjects.COMMISSIONING, p.message())))
                    .run();
            result.problems().forEach(p -> adapter.out().event(bus, Map.of("commissioning", p)));
            adapter.discover();
        } catch (Exception e) {
            adapter.out().publish(bus, Map.of(DaliObjects.COMMISSIONING, "failed: " + e.getMessage()));
            throw new IllegalStateException("commissioning failed: " + e.getMessage(), e);
        }
    }
}
