// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.lorawan;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.objectbus.model.ResourceDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sensor's payload described in YAML instead of Java: each field a resource read from offset, length bytes, signed
 * or not, big- or little-endian, times scale, in unit; or a flag, one bit of the byte at offset. A payload shorter
 * than the layout needs is refused. See docs/adapters/lorawan.md for an example.
 *
 * @param name   the profile's name
 * @param fPort  the port the layout applies to, 0 for every port
 * @param fields the fields in any order
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record ByteLayout(String name, int fPort, List<Field> fields) implements PayloadCodec {

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * One field.
     *
     * @param resource the resource it becomes
     * @param offset   first byte
     * @param length   1 to 8 bytes (ignored for a bit)
     * @param signed   two's complement
     * @param endian   big (default) or little
     * @param scale    factor applied to the integer (default 1: the value stays an integer)
     * @param unit     UCUM unit, or none
     * @param bit      0 (least significant) to 7 for a flag, or null for a number
     */
    public record Field(
            String resource,
            int offset,
            Integer length,
            boolean signed,
            String endian,
            Double scale,
            String unit,
            Integer bit) {

        int end() {
            return offset + (bit != null ? 1 : length);
        }

        Object read(byte[] payload) {
            if (bit != null) {
                return (payload[offset] >> bit & 1) == 1;
            }
            long raw = Bytes.read(payload, offset, length, signed, "little".equals(endian));
            return scale == null ? (Object) raw : (Object) (Math.round(raw * scale * 1e6) / 1e6);
        }
    }

    public ByteLayout {
        fields = List.copyOf(fields == null ? List.of() : fields);
        for (Field f : fields) {
            check(f);
        }
    }

    /** Reads a layout from YAML text; a wrong field fails with the field named. */
    public static ByteLayout parse(String yaml) {
        try {
            return YAML.readValue(yaml, ByteLayout.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a byte layout: " + e.getMessage(), e);
        }
    }

    public static ByteLayout read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    @Override
    public List<Measurement> decode(int port, byte[] payload) throws PayloadException {
        if (fPort != 0 && port != fPort) {
            return List.of();
        }
        List<Measurement> out = new ArrayList<>();
        for (Field f : fields) {
            if (f.end() > payload.length) {
                throw new PayloadException(name + ": " + f.resource() + " needs bytes up to " + f.end()
                        + ", payload has " + payload.length);
            }
            out.add(new Measurement(f.resource(), f.read(payload), f.unit()));
        }
        return out;
    }

    /** The resources the layout gives, for the device's description. */
    public Map<String, ResourceDescriptor> resources() {
        Map<String, ResourceDescriptor> resources = new LinkedHashMap<>();
        fields.forEach(f -> resources.put(
                f.resource(), f.bit() != null ? ResourceDescriptor.bool() : ResourceDescriptor.number(f.unit())));
        return resources;
    }

    private static void check(Field f) {
        if (f.resource() == null || !f.resource().matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("a field needs a resource of letters, digits, - and _: " + f);
        }
        if (f.bit() == null && (f.length() == null || f.length() < 1 || f.length() > 8)) {
            throw new IllegalArgumentException(f.resource() + ": length must be 1 to 8 bytes");
        }
        if (f.bit() != null && (f.bit() < 0 || f.bit() > 7)) {
            throw new IllegalArgumentException(f.resource() + ": bit must be 0 to 7");
        }
        if (f.endian() != null && !f.endian().equals("big") && !f.endian().equals("little")) {
            throw new IllegalArgumentException(f.resource() + ": endian is big or little, not " + f.endian());
        }
        if (f.offset() < 0) {
            throw new IllegalArgumentException(f.resource() + ": offset must not be negative");
        }
    }
}
