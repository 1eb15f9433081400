// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.json;

import io.objectbus.model.Ids;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the resources of a JSON device as an adapter file gives them in one parameter: entries separated by
 * {@code ;}, each {@code id, expression[, type][, unit=U][, writable][, min=N][, max=N][, name=text]}, e.g.
 * {@code temperature, $.sensors.t, number, unit=Cel; relay, $.relay.on, boolean, writable}. Separators inside
 * brackets, parentheses or quotes belong to the expression ({@code $.a[0,1]}, {@code sub("a";"b")}).
 */
public final class JsonResourceList {

    private JsonResourceList() {}

    /** @throws IllegalArgumentException naming the entry that is wrong */
    public static List<JsonResource> parse(String spec) {
        List<JsonResource> resources = new ArrayList<>();
        for (String entry : TopLevel.split(spec == null ? "" : spec, ';')) {
            if (!entry.isBlank()) {
                resources.add(entry(entry.trim()));
            }
        }
        if (resources.isEmpty()) {
            throw new IllegalArgumentException("no resources given");
        }
        long distinct = resources.stream().map(JsonResource::id).distinct().count();
        if (distinct != resources.size()) {
            throw new IllegalArgumentException("a resource id is given twice in '" + spec + "'");
        }
        return List.copyOf(resources);
    }

    private static JsonResource entry(String entry) {
        List<String> fields = TopLevel.split(entry, ',');
        if (fields.size() < 2 || fields.get(1).isBlank()) {
            throw new IllegalArgumentException("resource '" + entry + "': give at least 'id, expression'");
        }
        String id = fields.get(0).trim();
        if (!Ids.isValid(id)) {
            throw new IllegalArgumentException("resource '" + entry + "': '" + id + "' is not an id ([A-Za-z0-9_-])");
        }
        ResourceDescriptor descriptor = ResourceDescriptor.number(null);
        for (String option : fields.subList(2, fields.size())) {
            descriptor = option(descriptor, option.trim(), entry);
        }
        return new JsonResource(id, fields.get(1).trim(), descriptor);
    }

    private static ResourceDescriptor option(ResourceDescriptor d, String option, String entry) {
        int eq = option.indexOf('=');
        String key = (eq < 0 ? option : option.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
        String value = eq < 0 ? "" : option.substring(eq + 1).trim();
        try {
            return switch (key) {
                case "number", "integer", "boolean", "string" -> typed(d, ValueType.of(key));
                case "unit" -> with(d, d.type(), value, d.writable(), d.min(), d.max(), d.name());
                case "writable" -> with(d, d.type(), d.unit(), true, d.min(), d.max(), d.name());
                case "min" -> with(d, d.type(), d.unit(), d.writable(), Double.valueOf(value), d.max(), d.name());
                case "max" -> with(d, d.type(), d.unit(), d.writable(), d.min(), Double.valueOf(value), d.name());
                case "name" -> with(d, d.type(), d.unit(), d.writable(), d.min(), d.max(), value);
                default -> throw new IllegalArgumentException("unknown option '" + option + "'");
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("resource '" + entry + "': '" + option + "' is not a number");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("resource '" + entry + "': " + e.getMessage());
        }
    }

    private static ResourceDescriptor typed(ResourceDescriptor d, ValueType type) {
        return with(d, type, d.unit(), d.writable(), d.min(), d.max(), d.name());
    }

    private static ResourceDescriptor with(
            ResourceDescriptor d, ValueType type, String unit, boolean writable, Double min, Double max, String name) {
        return new ResourceDescriptor(
                type, unit, writable, min, max, null, name, d.description(), d.cov(), d.relinquishDefault());
    }
}
