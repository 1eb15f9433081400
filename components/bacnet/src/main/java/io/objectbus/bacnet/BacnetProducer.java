// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet;

import io.objectbus.bacnet.client.BacnetClient;
import io.objectbus.bacnet.client.CovSubscription;
import io.objectbus.bacnet.client.ObjectHolder;
import io.objectbus.bacnet.client.ReadRequest;
import io.objectbus.bacnet.model.BacnetAddress;
import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.stack.BacnetStack;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Performs one BACnet operation per exchange, without blocking a thread while the device answers. Failures
 * (Error, Reject, Abort, timeout) are set on the exchange as the client's BacnetException.
 */
public class BacnetProducer extends DefaultAsyncProducer {
    private static final Logger LOG = LoggerFactory.getLogger(BacnetProducer.class);
    private final BacnetConfiguration config;
    private BacnetStack stack;

    public BacnetProducer(BacnetEndpoint endpoint) {
        super(endpoint);
        this.config = endpoint.getConfiguration();
    }

    @Override
    public BacnetEndpoint getEndpoint() {
        return (BacnetEndpoint) super.getEndpoint();
    }

    /**
     * Opens the port now where it can; a port that cannot be bound yet (the network consumer of the same port says
     * why, and tries again) is opened by the first exchange instead, which fails while it cannot.
     */
    @Override
    protected void doStart() throws Exception {
        super.doStart();
        try {
            stack();
        } catch (IOException e) {
            LOG.debug("BACnet/IP port {} not open yet: {}", config.getLocalPort(), e.getMessage());
        }
    }

    private synchronized BacnetStack stack() throws IOException {
        if (stack == null) {
            stack = getEndpoint().acquireStack();
        }
        return stack;
    }

    @Override
    protected synchronized void doStop() throws Exception {
        if (stack != null) {
            getEndpoint().releaseStack();
            stack = null;
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletableFuture<?> result;
        try {
            result = perform(stack().client(), exchange.getMessage());
        } catch (IOException | RuntimeException e) {
            result = CompletableFuture.failedFuture(e);
        }
        result.whenComplete((body, failure) -> {
            if (failure != null) {
                exchange.setException(unwrap(failure));
            } else if (body != NO_BODY) {
                exchange.getMessage().setBody(body);
            }
            callback.done(false);
        });
        return false;
    }

    /** Marks operations that leave the body as it was. */
    private static final Object NO_BODY = new Object();

    private CompletableFuture<?> perform(BacnetClient client, Message in) {
        BacnetOperation operation =
                in.getHeader(BacnetConstants.OPERATION, config.getOperation(), BacnetOperation.class);
        return switch (operation) {
            case whoIs -> client.discover(config.getWhoIsLowLimit(), config.getWhoIsHighLimit(), wait(config));
            case whoHas -> whoHas(client, in);
            case readObjectList -> readObjectList(client, in);
            default -> onObject(client, in, operation);
        };
    }

    private CompletableFuture<?> onObject(BacnetClient client, Message in, BacnetOperation operation) {
        ObjectIdentifier object = Targets.object(in, config);
        return Targets.device(client, in, config)
                .thenCompose(device -> onDevice(client, in, operation, device, object));
    }

    private CompletableFuture<Object> onDevice(
            BacnetClient client, Message in, BacnetOperation operation, BacnetAddress device, ObjectIdentifier object) {
        Integer index = in.getHeader(BacnetConstants.ARRAY_INDEX, config.getArrayIndex(), Integer.class);
        CompletableFuture<?> result =
                switch (operation) {
                    case readProperty -> client.readProperty(device, object, Targets.property(in, config), index);
                    case readPropertyMultiple ->
                        client.readPropertyMultiple(
                                device,
                                Targets.properties(in, config).stream()
                                        .map(property -> new ReadRequest(object, property, index))
                                        .toList());
                    case writeProperty -> write(client, in, device, object, index);
                    case subscribeCov ->
                        client.subscribeCov(
                                device,
                                object,
                                config.getSubscriberProcessId(),
                                in.getHeader(BacnetConstants.COV_CONFIRMED, config.isCovConfirmed(), Boolean.class),
                                in.getHeader(BacnetConstants.COV_LIFETIME, config.getCovLifetime(), Integer.class));
                    case unsubscribeCov -> unsubscribe(client, device, object);
                    default -> CompletableFuture.failedFuture(new IllegalArgumentException("unsupported " + operation));
                };
        return result.thenApply(Object.class::cast);
    }

    private CompletableFuture<Object> write(
            BacnetClient client, Message in, BacnetAddress device, ObjectIdentifier object, Integer index) {
        int property = Targets.property(in, config);
        Object raw =
                in.getHeaders().containsKey(BacnetConstants.VALUE) ? in.getHeader(BacnetConstants.VALUE) : in.getBody();
        BacnetValue value =
                ValueConverter.convert(raw, in.getHeader(BacnetConstants.VALUE_TYPE, String.class), object, property);
        Integer priority = in.getHeader(BacnetConstants.PRIORITY, config.getPriority(), Integer.class);
        return client.writeProperty(device, object, property, index, value, priority)
                .thenApply(done -> NO_BODY);
    }

    private CompletableFuture<Object> unsubscribe(BacnetClient client, BacnetAddress device, ObjectIdentifier object) {
        List<CovSubscription> matching = client.covSubscriptions().stream()
                .filter(s -> s.device().equals(device) && s.objectId().equals(object))
                .toList();
        return CompletableFuture.allOf(matching.stream().map(client::cancelCov).toArray(CompletableFuture[]::new))
                .thenApply(done -> matching);
    }

    private CompletableFuture<?> readObjectList(BacnetClient client, Message in) {
        Integer instance = Targets.deviceInstance(in, config);
        return client.resolve(instance == null ? -1 : instance)
                .thenCompose(found -> client.readObjectList(found.address(), found.instance()));
    }

    private CompletableFuture<List<ObjectHolder>> whoHas(BacnetClient client, Message in) {
        List<ObjectHolder> holders = new CopyOnWriteArrayList<>();
        Consumer<ObjectHolder> collector = holders::add;
        client.addObjectHolderListener(collector);
        String id = in.getHeader(BacnetConstants.OBJECT_ID, String.class);
        String name = in.getBody(String.class);
        client.whoHas(
                config.getWhoIsLowLimit(),
                config.getWhoIsHighLimit(),
                id != null ? ObjectIdentifier.parse(id) : null,
                id != null ? null : name);
        CompletableFuture<List<ObjectHolder>> result = new CompletableFuture<>();
        stack.scheduler()
                .schedule(
                        () -> {
                            client.removeObjectHolderListener(collector);
                            result.complete(List.copyOf(holders));
                        },
                        config.getWhoIsWait(),
                        TimeUnit.MILLISECONDS);
        return result;
    }

    private static Duration wait(BacnetConfiguration config) {
        return Duration.ofMillis(config.getWhoIsWait());
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
