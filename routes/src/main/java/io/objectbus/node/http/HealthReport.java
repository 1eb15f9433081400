// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.objectbus.bus.Json;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;

/**
 * The answer of a health endpoint: {@code {"status":"UP","checks":[{"name":…,"status":…,"message":…,"details":…}]}},
 * with status 200 when every check is up and 503 otherwise, as load balancers and Kubernetes probes expect.
 */
record HealthReport(boolean up, ObjectNode json) {

    enum Kind {
        ALL,
        LIVENESS,
        READINESS;

        boolean includes(HealthCheck check) {
            return this == ALL || (this == LIVENESS ? check.isLiveness() : check.isReadiness());
        }
    }

    static HealthReport of(CamelContext context, Kind kind) {
        // "full": every check with its details; Camel's default level would show the context check alone while up.
        Collection<HealthCheck.Result> results =
                HealthCheckHelper.invoke(context, check -> Map.of(), check -> !kind.includes(check), "full");
        boolean up = context.isStarted() && results.stream().allMatch(r -> r.getState() == HealthCheck.State.UP);
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("status", up ? "UP" : "DOWN");
        var checks = json.putArray("checks");
        results.stream().sorted(Comparator.comparing(r -> r.getCheck().getId())).forEach(result -> {
            ObjectNode check = checks.addObject();
            check.put("name", result.getCheck().getId());
            check.put("status", result.getState().name());
            result.getMessage().ifPresent(message -> check.put("message", message));
            ObjectNode details = check.putObject("details");
            result.getDetails().entrySet().stream()
                    .filter(detail -> !isBookkeeping(detail.getKey()))
                    .forEach(detail -> details.put(detail.getKey(), String.valueOf(detail.getValue())));
        });
        return new HealthReport(up, json);
    }

    /** Camel's counts and times of the check's own invocations: noise to whoever asks for the node's health. */
    private static boolean isBookkeeping(String key) {
        return key.startsWith("invocation.")
                || key.startsWith("success.")
                || key.startsWith("failure.")
                || key.startsWith("check.");
    }

    void writeTo(Message message) {
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, up ? 200 : 503);
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        message.setBody(Json.bytes(json));
    }
}
