// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bacnet.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bacnet.model.ErrorNames;
import io.objectbus.bacnet.server.PropertyException;
import io.objectbus.bus.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * BACnet writes through the bus's own {@code $set}: the same checks, priority array and adapters as any MQTT writer,
 * at the BACnet request's priority. {@code applied} and {@code stored} (a higher priority keeps control, as a BACnet
 * device would keep it) succeed; {@code rejected}, {@code failed} and {@code timeout} fail with the BACnet error that
 * says the most.
 */
final class BusWrites {
    private static final Logger LOG = LoggerFactory.getLogger(BusWrites.class);

    /** Publishes one request; the reply comes to {@link #onReply}. */
    interface Sender {
        void send(String topic, byte[] payload, String correlation) throws Exception;
    }

    private final ServerSettings settings;
    private final Sender sender;
    private final Map<String, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    BusWrites(ServerSettings settings, Sender sender) {
        this.settings = settings;
        this.sender = sender;
    }

    CompletableFuture<Void> write(String objectId, String resourceId, Object value, int priority) {
        String correlation = UUID.randomUUID().toString();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(correlation, reply);
        try {
            sender.send(settings.base() + objectId + "/" + resourceId + "/$set", payload(value, priority), correlation);
        } catch (Exception e) {
            pending.remove(correlation);
            LOG.warn("BACnet write to {}/{} not sent: {}", objectId, resourceId, e.getMessage());
            return CompletableFuture.failedFuture(error(ErrorNames.CLASS_COMMUNICATION, ErrorNames.CODE_OTHER));
        }
        return reply.orTimeout(settings.writeTimeoutMs(), TimeUnit.MILLISECONDS)
                .handle((answer, failure) -> outcome(objectId, resourceId, answer, failure))
                .whenComplete((done, failure) -> pending.remove(correlation));
    }

    private static byte[] payload(Object value, int priority) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("v", value);
        request.put("p", priority);
        request.put("owner", "bacnet");
        // Json's mapper leaves nulls out, and a relinquish is an explicit null.
        return value == null
                ? ("{\"v\":null,\"p\":" + priority + ",\"owner\":\"bacnet\"}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)
                : Json.bytes(request);
    }

    /** A reply of the bus; {@code accepted} is not final. */
    void onReply(String correlation, JsonNode reply) {
        if (!"accepted".equals(reply.path("status").asText())) {
            CompletableFuture<JsonNode> waiting = pending.get(correlation);
            if (waiting != null) {
                waiting.complete(reply);
            }
        }
    }

    private static Void outcome(String objectId, String resourceId, JsonNode reply, Throwable failure) {
        if (failure instanceof TimeoutException
                || (failure != null && failure.getCause() instanceof TimeoutException)) {
            throw error(ErrorNames.CLASS_COMMUNICATION, ErrorNames.CODE_TIMEOUT);
        }
        String status = reply.path("status").asText();
        String reason = reply.path("reason").asText("");
        if (status.equals("applied") || status.equals("stored")) {
            return null;
        }
        LOG.info("BACnet write to {}/{} {}: {}", objectId, resourceId, status, reason);
        throw switch (status) {
            case "timeout" -> error(ErrorNames.CLASS_COMMUNICATION, ErrorNames.CODE_TIMEOUT);
            case "failed" -> error(ErrorNames.CLASS_DEVICE, ErrorNames.CODE_OPERATIONAL_PROBLEM);
            default -> rejected(reason);
        };
    }

    /** The reasons of the bus's checks (docs/PROTOCOL.md) as the Error a BACnet device gives (clause 15.9.1.3). */
    private static PropertyException rejected(String reason) {
        if (reason.contains("outside") || reason.contains("is not one of") || reason.contains("priority")) {
            return PropertyException.valueOutOfRange();
        } else if (reason.startsWith("expected")) {
            return PropertyException.invalidDataType();
        } else if (reason.contains("too many")) {
            return error(ErrorNames.CLASS_DEVICE, ErrorNames.CODE_DEVICE_BUSY);
        }
        return PropertyException.writeAccessDenied();
    }

    private static PropertyException error(int errorClass, int errorCode) {
        return new PropertyException(errorClass, errorCode);
    }
}
