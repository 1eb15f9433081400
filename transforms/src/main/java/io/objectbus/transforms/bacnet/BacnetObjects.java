// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.bacnet;

import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.model.ObjectType;
import io.objectbus.model.Ids;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * BACnet objects as bus objects: one object per analog, binary or multi-state input, output or value, named by its
 * object-name, with one resource, {@code present-value}: a number with its unit and min/max-pres-value, a boolean,
 * or an enum of the state texts. Commandable objects (those with a relinquish-default) are writable.
 */
public final class BacnetObjects {
    /** The one resource of every BACnet object on the bus. */
    public static final String RESOURCE = "present-value";

    public static final String PROTOCOL = "bacnet";

    /** An object described: its descriptor, and what the mapping keeps to read its values and write it. */
    public record Mapped(ObjectDescriptor descriptor, PointInfo point) {}

    private BacnetObjects() {}

    /** The bus id of an object: {@code bacnet-1001-analog-input-3}. */
    public static String objectId(int device, ObjectIdentifier id) {
        return Ids.canonical(PROTOCOL + "-" + device + "-" + id);
    }

    /**
     * @param writes true when a writes route takes the bus's writes to these objects: only then are commandable
     *     objects writable on the bus
     */
    public static List<Mapped> describe(BacnetDevice device, boolean writes) {
        List<Mapped> mapped = new ArrayList<>();
        for (BacnetPoint point : device.objects()) {
            mapped.add(describe(device, point, writes));
        }
        return mapped;
    }

    static Mapped describe(BacnetDevice device, BacnetPoint point, boolean writes) {
        ObjectIdentifier id = point.id();
        PointInfo info =
                new PointInfo(device.instance(), device.address(), id, objectId(device.instance(), id), states(point));
        ResourceDescriptor resource = resource(point, info);
        if (writes && point.properties().containsKey("relinquish-default")) {
            resource = resource.writable(BacnetValues.toBus(info, point.get("relinquish-default")));
        }
        String name = point.text("object-name") != null ? point.text("object-name") : id.toString();
        ObjectDescriptor descriptor = new ObjectDescriptor(
                info.objectId(),
                name,
                ObjectType.name(id.type()),
                PROTOCOL,
                "device:" + device.instance() + "/" + id,
                text(device.properties().get("location")),
                List.of(PROTOCOL, PROTOCOL + "-device-" + device.instance()),
                Map.of(RESOURCE, resource),
                0);
        return new Mapped(descriptor, info);
    }

    private static ResourceDescriptor resource(BacnetPoint point, PointInfo info) {
        int type = point.id().type();
        String description = point.text("description");
        if (ObjectType.isAnalog(type)) {
            return analog(point, description);
        } else if (ObjectType.isBinary(type)) {
            return ResourceDescriptor.bool().described(null, binaryDescription(point, description));
        }
        return new ResourceDescriptor(
                ValueType.ENUM, null, false, null, null, info.states(), null, description, null, null);
    }

    private static ResourceDescriptor analog(BacnetPoint point, String description) {
        String unit = null;
        if (point.get("units") instanceof Number units) {
            unit = BacnetUnits.toUcum(units.intValue());
            if (unit == null && units.intValue() != BacnetUnits.NO_UNITS) {
                description = join(description, "units: " + BacnetUnits.name(units.intValue()));
            }
        }
        return ResourceDescriptor.number(unit)
                .range(bound(point.get("min-pres-value")), bound(point.get("max-pres-value")))
                .described(null, description);
    }

    /** Binary objects may name their states (inactive-text, active-text); false and true stand for them. */
    private static String binaryDescription(BacnetPoint point, String description) {
        String inactive = point.text("inactive-text");
        String active = point.text("active-text");
        if (inactive == null || active == null) {
            return description;
        }
        return join(description, "false = " + inactive + ", true = " + active);
    }

    /** The state texts of a multi-state object, else "1".."n" from number-of-states; null for other objects. */
    static List<String> states(BacnetPoint point) {
        if (!ObjectType.isMultiState(point.id().type())) {
            return null;
        }
        Object texts = point.get("state-text");
        if (texts instanceof List<?> list && !list.isEmpty()) {
            return list.stream().map(String::valueOf).toList();
        } else if (texts instanceof String single) {
            return List.of(single);
        } else if (point.get("number-of-states") instanceof Number n) {
            return LongStream.rangeClosed(1, n.longValue())
                    .mapToObj(Long::toString)
                    .toList();
        }
        return null;
    }

    private static Double bound(Object value) {
        return value instanceof Number n ? BacnetValues.number(n) : null;
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static String join(String first, String second) {
        return first == null ? second : first + "; " + second;
    }
}
