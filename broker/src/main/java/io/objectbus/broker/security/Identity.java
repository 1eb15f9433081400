// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker.security;

import java.util.List;

/**
 * Who may connect, and what its role grants.
 *
 * @param name the MQTT user name
 * @param password a {@link PasswordHash} (or, for identities given inline in the configuration, the password)
 * @param role what the identity is for
 * @param objects object id patterns ({@code *} matches any characters) an operator may write or an adapter publish;
 *     empty for all
 * @param priority the highest write priority (lowest number, 1–16) an operator may write at
 * @param topics the raw topic filters a device may publish and subscribe; empty for {@code devices/<name>/#}
 * @param certificate the subject of a client certificate that logs in as this identity without a password, or null
 */
public record Identity(
        String name,
        String password,
        Role role,
        List<String> objects,
        int priority,
        List<String> topics,
        String certificate) {

    public static final int LOWEST_PRIORITY = 16;

    public Identity {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an identity needs a name");
        }
        role = role == null ? Role.viewer : role;
        objects = objects == null ? List.of() : List.copyOf(objects);
        topics = topics == null || topics.isEmpty() ? List.of("devices/" + name + "/#") : List.copyOf(topics);
        if (priority < 1 || priority > LOWEST_PRIORITY) {
            throw new IllegalArgumentException(
                    "identity " + name + ": priority must be 1 to 16 (the highest it may write at)");
        }
    }

    /** A full-access identity from {@code objectbus.broker.users}, as users were before roles. */
    public static Identity admin(String name, String password) {
        return new Identity(name, password, Role.admin, List.of(), 1, List.of(), null);
    }

    public Identity withPassword(String newPassword) {
        return new Identity(name, newPassword, role, objects, priority, topics, certificate);
    }

    /** Secrets stay out of logs. */
    @Override
    public String toString() {
        return "Identity[" + name + ", " + role + ", objects=" + objects + ", priority=" + priority + ", topics="
                + topics + "]";
    }
}
