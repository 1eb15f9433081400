// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.objectbus.bus.BusView;
import io.objectbus.component.ObjectBusComponent;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelContextAware;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/stream}: the bus's changes as Server-Sent Events, with the filters of {@code GET /api/objects}. A
 * handler of its own on the node's Vert.x router rather than a Camel route, as a stream lasts for hours and writes
 * as the bus changes, not once. At most {@code objectbus.http.max-streams} at once; the next is refused with a 429
 * problem detail. Its meters (docs/operations.md): streams open, events sent, streams closed for a slow client.
 */
final class ApiStream extends ServiceSupport implements CamelContextAware {

    static final String PATH = "/api/stream";
    /** Marks the router's routes that belong to the API, for the check of the OpenAPI document. */
    static final String API_ROUTE = "objectbus.api";

    private static final Logger LOG = LoggerFactory.getLogger(ApiStream.class);
    private static final long HEARTBEAT_MILLIS = 15_000;

    private final int maxStreams;
    private final int bufferEvents;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicLong closedSlow = new AtomicLong();
    private final LongAdder eventsSent = new LongAdder();
    private final Set<StreamSession> sessions = ConcurrentHashMap.newKeySet();
    private CamelContext context;
    private Route route;

    ApiStream(int maxStreams, int bufferEvents, MeterRegistry registry) {
        this.maxStreams = maxStreams;
        this.bufferEvents = bufferEvents;
        Gauge.builder("objectbus.stream.clients", open, AtomicInteger::get)
                .description("clients of the live stream (GET /api/stream) connected now")
                .register(registry);
        FunctionCounter.builder("objectbus.stream.events.sent", eventsSent, LongAdder::sum)
                .description("events written to the live stream's clients")
                .register(registry);
        FunctionCounter.builder("objectbus.stream.closed.slow", closedSlow, AtomicLong::get)
                .description("live streams closed because their client read slower than the bus changed")
                .register(registry);
    }

    @Override
    public CamelContext getCamelContext() {
        return context;
    }

    @Override
    public void setCamelContext(CamelContext context) {
        this.context = context;
    }

    /** Streams open now. */
    int open() {
        return open.get();
    }

    /** Streams closed since the start because their client read slower than the bus changed. */
    long closedSlow() {
        return closedSlow.get();
    }

    @Override
    protected void doStart() {
        route = router(context).get(PATH).handler(this::handle);
        route.putMetadata(API_ROUTE, true);
    }

    @Override
    protected void doStop() {
        if (route != null) {
            route.remove();
        }
        sessions.forEach(StreamSession::close);
    }

    /** The router of the node's one server, bound under a name that depends on its port. */
    static VertxPlatformHttpRouter router(CamelContext context) {
        return context.getRegistry().findByType(VertxPlatformHttpRouter.class).stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the node's HTTP server has no router"));
    }

    private void handle(RoutingContext request) {
        try {
            HttpLogin.requireReader(request.request().getHeader("Authorization"), HttpLogin.policy(context));
            ObjectFilter filter = ObjectFilter.of(name -> parameter(request, name));
            BusView view = view();
            if (open.incrementAndGet() > maxStreams) {
                open.decrementAndGet();
                request.response().putHeader("Retry-After", "10");
                throw new ApiProblem(
                        429,
                        "Too Many Requests",
                        "the node serves " + maxStreams + " streams at once "
                                + "(objectbus.http.max-streams); close one or try again later");
            }
            start(request, filter, view);
        } catch (ApiProblem problem) {
            if (problem.status() == 401) {
                request.response().putHeader("WWW-Authenticate", BasicCredentials.CHALLENGE);
            }
            request.response()
                    .setStatusCode(problem.status())
                    .putHeader("Content-Type", "application/problem+json")
                    .end(problem.json().toString());
        }
    }

    private void start(RoutingContext request, ObjectFilter filter, BusView view) {
        StreamSession[] session = new StreamSession[1];
        session[0] = new StreamSession(
                filter,
                request.response(),
                request.vertx().getOrCreateContext(),
                bufferEvents,
                eventsSent::add,
                () -> {
                    sessions.remove(session[0]);
                    open.decrementAndGet();
                },
                () -> {
                    closedSlow.incrementAndGet();
                    LOG.info(
                            "A stream client at {} read slower than the bus changed ({} events waiting): closed",
                            request.request().remoteAddress(),
                            bufferEvents);
                });
        sessions.add(session[0]);
        session[0].start(view, HEARTBEAT_MILLIS);
    }

    private BusView view() {
        ObjectBusComponent component = context.getComponent("objectbus", ObjectBusComponent.class);
        if (component == null || component.getBus() == null) {
            throw new ApiProblem(503, "Service Unavailable", "the bus does not run");
        }
        return component.getBus().view();
    }

    private static String parameter(RoutingContext request, String name) {
        String value = request.queryParams().get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
