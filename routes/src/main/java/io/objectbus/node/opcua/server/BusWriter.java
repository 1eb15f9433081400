// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.opcua.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;

/**
 * Writes from OPC UA clients, through the bus's own {@code $set} path: the same checks, priority array and adapter
 * as any MQTT writer, at the configured priority. Waits for the bus's final answer and turns it into a status code.
 */
public final class BusWriter {

    private final ServerSettings settings;
    private final BusMirror mirror;
    private final Map<String, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    public BusWriter(ServerSettings settings, BusMirror mirror) {
        this.settings = settings;
        this.mirror = mirror;
    }

    /**
     * @throws UaException with the status code that best says why the bus did not apply the value
     */
    public void write(String objectId, String resourceId, Object value) throws UaException {
        String id = UUID.randomUUID().toString();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            mirror.publish(
                    topic(objectId, resourceId), payload(value), id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            outcome(answer.get(settings.writeTimeoutMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            throw new UaException(StatusCodes.Bad_Timeout, "the bus did not answer the write in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UaException(StatusCodes.Bad_Shutdown, "interrupted");
        } catch (ExecutionException | org.eclipse.paho.mqttv5.common.MqttException e) {
            throw new UaException(StatusCodes.Bad_CommunicationError, "the bus is not reachable: " + e.getMessage());
        } finally {
            pending.remove(id);
        }
    }

    /** A reply of the bus; interim answers ({@code accepted}) are not final. */
    public void onReply(byte[] correlation, JsonNode reply) {
        if (correlation == null || "accepted".equals(reply.path("status").asText())) {
            return;
        }
        CompletableFuture<JsonNode> answer =
                pending.get(new String(correlation, java.nio.charset.StandardCharsets.UTF_8));
        if (answer != null) {
            answer.complete(reply);
        }
    }

    private String topic(String objectId, String resourceId) {
        return settings.prefix() + "/" + settings.node() + "/" + objectId + "/" + resourceId + "/$set";
    }

    private byte[] payload(Object value) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("v", value);
        request.put("p", settings.writePriority());
        request.put("owner", "opcua");
        return Json.bytes(request);
    }

    /** applied and stored are done (stored: a higher priority keeps control); anything else is refused. */
    private static void outcome(JsonNode reply) throws UaException {
        String status = reply.path("status").asText();
        String reason = reply.path("reason").asText("");
        switch (status) {
            case "applied", "stored" -> {}
            case "timeout" -> throw new UaException(StatusCodes.Bad_Timeout, reason);
            case "failed" -> throw new UaException(WriteStatus.failed(reason), reason);
            default -> throw new UaException(WriteStatus.rejected(reason), reason);
        }
    }
}
