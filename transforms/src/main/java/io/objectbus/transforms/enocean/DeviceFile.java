// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The device file of a gateway, e.g. {@code data/enocean-devices.json}: {@code {"version":1,"devices":[...]}}. It is
 * written to a temporary file and moved into place, so a crash never leaves half a file; a file that cannot be read
 * is set aside (renamed {@code .unreadable-<millis>}) and reported, never silently overwritten.
 */
public final class DeviceFile {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceFile.class);
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** What the file holds. */
    public record Content(int version, List<EnoceanDevice> devices) {
        public Content {
            devices = devices == null ? List.of() : List.copyOf(devices);
        }
    }

    private final Path path;

    public DeviceFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** The devices in the file; none when it does not exist or cannot be read. */
    public List<EnoceanDevice> load() {
        if (!Files.exists(path)) {
            return List.of();
        }
        try {
            return MAPPER.readValue(path.toFile(), Content.class).devices();
        } catch (IOException | RuntimeException e) {
            Path aside = path.resolveSibling(path.getFileName() + ".unreadable-" + System.currentTimeMillis());
            LOG.error(
                    "EnOcean device file {} cannot be read ({}); moved it to {} and start without it",
                    path,
                    e.getMessage(),
                    aside);
            moveAside(aside);
            return List.of();
        }
    }

    /** Replaces the file with these devices. */
    public synchronized void save(List<EnoceanDevice> devices) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, path.getFileName().toString(), ".tmp");
            MAPPER.writeValue(temp.toFile(), new Content(1, devices));
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write EnOcean device file " + path, e);
        }
    }

    private void moveAside(Path aside) {
        try {
            Files.move(path, aside);
        } catch (IOException e) {
            LOG.error("Cannot move {} aside: {}", path, e.getMessage());
        }
    }
}
