// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The identities file (YAML, one entry per user name) the node reads, and the command line writes. It is read again
 * when it changes, so that a user added, rotated or revoked counts from the next connect without a restart.
 */
public final class IdentityFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

    private final Path path;
    private volatile FileTime readAt;
    private volatile Map<String, Identity> identities = Map.of();

    public IdentityFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** The identities as the file says now; a file broken since the last good read keeps the last good ones. */
    public Map<String, Identity> identities() {
        try {
            FileTime modified = Files.exists(path) ? Files.getLastModifiedTime(path) : FileTime.fromMillis(0);
            if (!modified.equals(readAt)) {
                identities = read();
                readAt = modified;
            }
        } catch (IOException | IllegalArgumentException e) {
            org.slf4j.LoggerFactory.getLogger(IdentityFile.class)
                    .error("Identities file {} not read, the last good one stays: {}", path, e.getMessage());
        }
        return identities;
    }

    /** Reads the file; an absent file has no identities. */
    public Map<String, Identity> read() throws IOException {
        if (!Files.exists(path)) {
            return Map.of();
        }
        Map<String, Entry> entries =
                YAML.readValue(path.toFile(), new TypeReference<LinkedHashMap<String, Entry>>() {});
        Map<String, Identity> read = new LinkedHashMap<>();
        if (entries != null) {
            entries.forEach((name, entry) -> read.put(name, entry.toIdentity(name)));
        }
        return Map.copyOf(read);
    }

    /** Writes the identities, readable by the owner only, replacing the file in one step. */
    public void write(Map<String, Identity> all) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        all.values().forEach(identity -> entries.put(identity.name(), Entry.of(identity)));
        Path parent = path.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".identities", ".yaml");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's permissions apply.
        }
        YAML.writeValue(temporary.toFile(), entries);
        try {
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** One entry of the file. */
    record Entry(
            String password,
            Role role,
            List<String> objects,
            Integer priority,
            List<String> topics,
            String certificate) {

        Identity toIdentity(String name) {
            if (password != null && !PasswordHash.isHash(password)) {
                throw new IllegalArgumentException("identity " + name + ": the password must be a "
                        + PasswordHash.SCHEME + " hash (./objectbus users add makes one)");
            }
            if (password == null && certificate == null) {
                throw new IllegalArgumentException("identity " + name + " has neither a password nor a certificate");
            }
            return new Identity(
                    name,
                    password,
                    role,
                    objects,
                    priority == null ? Identity.LOWEST_PRIORITY : priority,
                    role == Role.device ? topics : List.of(),
                    certificate);
        }

        static Entry of(Identity identity) {
            return new Entry(
                    identity.password(),
                    identity.role(),
                    identity.objects(),
                    identity.priority(),
                    identity.role() == Role.device ? identity.topics() : List.of(),
                    identity.certificate());
        }
    }
}
