// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may connect, and what each identity may publish, subscribe and write, on the bus's object tree. The broker asks
 * it for every connect, publish and subscription of an authenticated client, so that no client can get around it.
 */
public final class AccessPolicy {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Identity> inline;
    private final IdentityFile file;
    private final String prefix;
    private final Map<Identity, TopicGrants> grants = new ConcurrentHashMap<>();
    private final VerifiedPasswords verified = new VerifiedPasswords();

    /**
     * @param inline identities from the configuration (their passwords may be plain or hashed)
     * @param file the identities file, or null
     * @param prefix the bus's topic prefix, e.g. {@code ob/v1}
     */
    public AccessPolicy(Map<String, Identity> inline, IdentityFile file, String prefix) {
        this.inline = Map.copyOf(inline);
        this.file = file;
        this.prefix = prefix;
    }

    /** The identity a user name stands for now (the file's entry wins), or null. */
    public Identity identity(String name) {
        if (name == null) {
            return null;
        }
        Identity fromFile = file == null ? null : file.identities().get(name);
        return fromFile != null ? fromFile : inline.get(name);
    }

    /**
     * The identity when the password is right, else null. A wrong password always takes the full hash derivation; a
     * right one proven before is recognised at once (the answer, accepted or refused, tells as much as the time).
     */
    public Identity authenticate(String name, String password) {
        Identity identity = identity(name);
        if (identity == null || identity.password() == null || password == null) {
            return null;
        }
        char[] given = password.toCharArray();
        boolean right = PasswordHash.isHash(identity.password())
                ? verified.matches(identity.password(), given)
                : MessageDigest.isEqual(
                        identity.password().getBytes(StandardCharsets.UTF_8),
                        password.getBytes(StandardCharsets.UTF_8));
        return right ? identity : null;
    }

    /** The identity a client certificate's subject logs in as, or null. */
    public Identity byCertificate(String subject) {
        return all().values().stream()
                .filter(identity -> subject != null && subject.equals(identity.certificate()))
                .findFirst()
                .orElse(null);
    }

    public boolean mayPublish(Identity identity, String topic) {
        return grants(identity).mayPublish(topic);
    }

    public boolean maySubscribe(Identity identity, String filter) {
        return grants(identity).maySubscribe(filter);
    }

    /** Whether the identity reads the whole bus (admin, router, operator, viewer): what the HTTP API's reads need. */
    public boolean mayReadBus(Identity identity) {
        return maySubscribe(identity, prefix + "/#");
    }

    /**
     * Why a write ({@code $set}) is beyond the identity's grant, or null when it may write: an operator may not write
     * at a higher priority (a lower number) than its grant.
     */
    public String refusesWrite(Identity identity, String topic, byte[] payload) {
        if (!topic.endsWith("/$set") || identity.role() != Role.operator) {
            return null;
        }
        int priority = priorityOf(payload);
        return priority < identity.priority()
                ? "priority " + priority + " is above the grant of priority " + identity.priority()
                : null;
    }

    /**
     * Why the identity may not write the resource at the priority (1 to 16, 0 for none given), as if it published the
     * write's {@code $set}; null when it may.
     */
    public String refusesSet(Identity identity, String node, String object, String resource, int priority) {
        String topic = prefix + "/" + node + "/" + object + "/" + resource + "/$set";
        if (!mayPublish(identity, topic)) {
            return identity.name() + " (role " + identity.role() + ") may not write " + object + "/" + resource;
        }
        int p = priority == 0 ? Identity.LOWEST_PRIORITY : priority;
        String refused = refusesWrite(identity, topic, ("{\"p\":" + p + "}").getBytes(StandardCharsets.UTF_8));
        return refused == null ? null : identity.name() + " may not write " + object + "/" + resource + ": " + refused;
    }

    /** Why this identity may not ask an object's command ({@code $cmd}), or null when it may. */
    public String refusesCommand(Identity identity, String node, String object, String command) {
        String topic = prefix + "/" + node + "/" + object + "/$cmd";
        return mayPublish(identity, topic)
                ? null
                : identity.name() + " (role " + identity.role() + ") may not ask " + object + " to " + command;
    }

    /** A bare JSON value is a write at priority 16; an unreadable payload is left to the bus to reject. */
    static int priorityOf(byte[] payload) {
        try {
            JsonNode request = JSON.readTree(payload);
            JsonNode priority = request == null ? null : request.get("p");
            return priority != null && priority.canConvertToInt() ? priority.intValue() : Identity.LOWEST_PRIORITY;
        } catch (IOException e) {
            return Identity.LOWEST_PRIORITY;
        }
    }

    private Map<String, Identity> all() {
        Map<String, Identity> all = new LinkedHashMap<>(inline);
        if (file != null) {
            all.putAll(file.identities());
        }
        return all;
    }

    private TopicGrants grants(Identity identity) {
        return grants.computeIfAbsent(identity, i -> TopicGrants.of(i, prefix));
    }
}
