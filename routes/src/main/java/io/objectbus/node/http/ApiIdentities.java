// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.objectbus.broker.security.Identity;
import io.objectbus.broker.security.IdentityFile;
import io.objectbus.broker.security.PasswordHash;
import io.objectbus.broker.security.Role;
import io.objectbus.bus.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/identities}: lists, adds, rotates and revokes the identities of the broker's identities file, as
 * {@code ./objectbus users} does, for admin identities ({@link ApiAdmin}). Never answers a password or a hash.
 */
final class ApiIdentities {

    private static final Logger LOG = LoggerFactory.getLogger(ApiIdentities.class);

    private final IdentityFile file;

    /** @param file the identities file, or null when the node has none (every request is then refused) */
    ApiIdentities(IdentityFile file) {
        this.file = file;
    }

    void list(Exchange exchange) throws IOException {
        admin(exchange);
        ArrayNode all = Json.MAPPER.createArrayNode();
        file.read().values().forEach(identity -> all.add(describe(identity)));
        ApiJson.answer(exchange, all);
    }

    void add(Exchange exchange) throws IOException {
        String by = admin(exchange).name();
        JsonNode body = body(exchange);
        Identity identity = identity(body);
        Map<String, Identity> all = new LinkedHashMap<>(file.read());
        boolean replaced = all.put(identity.name(), identity) != null;
        file.write(all);
        LOG.info("Identity {} {} by {} over HTTP", identity.name(), replaced ? "replaced" : "added", by);
        ApiJson.answer(exchange, replaced ? 200 : 201, "application/json", describe(identity));
    }

    void rotate(Exchange exchange) throws IOException {
        String by = admin(exchange).name();
        String name = ApiJson.parameter(exchange, "name");
        String password = password(body(exchange));
        Map<String, Identity> all = new LinkedHashMap<>(file.read());
        Identity identity = existing(all, name);
        all.put(name, identity.withPassword(PasswordHash.create(password.toCharArray())));
        file.write(all);
        LOG.info("Password of identity {} rotated by {} over HTTP", name, by);
        ApiJson.answer(exchange, describe(identity));
    }

    void revoke(Exchange exchange) throws IOException {
        String by = admin(exchange).name();
        String name = ApiJson.parameter(exchange, "name");
        Map<String, Identity> all = new LinkedHashMap<>(file.read());
        existing(all, name);
        all.remove(name);
        file.write(all);
        LOG.info("Identity {} revoked by {} over HTTP", name, by);
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 204);
        exchange.getMessage().setBody(null);
    }

    private Identity admin(Exchange exchange) {
        if (file == null) {
            throw new ApiProblem(
                    404, "Not Found", "the node has no identities file (objectbus.broker.identities-file)");
        }
        return ApiAdmin.require(exchange, file);
    }

    private static Identity existing(Map<String, Identity> all, String name) {
        Identity identity = all.get(name);
        if (identity == null) {
            throw ApiProblem.notFound("no identity " + name);
        }
        return identity;
    }

    private static Identity identity(JsonNode body) {
        String name = body.path("name").asText("");
        Role role;
        try {
            role = Role.valueOf(body.path("role").asText(""));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("role is one of admin, router, operator, viewer, adapter, device");
        }
        String certificate =
                body.hasNonNull("certificate") ? body.get("certificate").asText() : null;
        String hash = body.has("password") || certificate == null
                ? PasswordHash.create(password(body).toCharArray())
                : null;
        try {
            return new Identity(
                    name,
                    hash,
                    role,
                    strings(body.path("objects")),
                    body.path("priority").asInt(Identity.LOWEST_PRIORITY),
                    strings(body.path("topics")),
                    certificate);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
    }

    private static String password(JsonNode body) {
        String password = body.path("password").asText("");
        if (password.isEmpty()) {
            throw ApiProblem.badRequest("a password is needed (or a certificate subject, for a certificate login)");
        }
        return password;
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(item -> strings.add(item.asText()));
        return strings;
    }

    private static ObjectNode describe(Identity identity) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("name", identity.name());
        json.put("role", identity.role().name());
        json.set("objects", Json.MAPPER.valueToTree(identity.objects()));
        json.put("priority", identity.priority());
        json.set("topics", Json.MAPPER.valueToTree(identity.role() == Role.device ? identity.topics() : List.of()));
        if (identity.certificate() != null) {
            json.put("certificate", identity.certificate());
        }
        json.put("password", identity.password() != null);
        return json;
    }

    private static JsonNode body(Exchange exchange) {
        byte[] bytes = exchange.getMessage().getBody(byte[].class);
        try {
            JsonNode body = bytes == null || bytes.length == 0 ? null : Json.parse(bytes);
            if (body == null || !body.isObject()) {
                throw ApiProblem.badRequest("the body is a JSON object");
            }
            return body;
        } catch (IOException e) {
            throw ApiProblem.badRequest("the body is not JSON");
        }
    }
}
