// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.opcua;

import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.ValueType;
import java.util.Locale;

/** Describes a Variable as a bus resource: type, unit, range, writability, name. */
final class OpcUaResources {

    private OpcUaResources() {}

    /** The resource for a variable, or null when the bus has no type for its values. */
    static ResourceDescriptor describe(UaVariable variable) {
        ValueType type = OpcUaTypes.valueType(variable);
        if (type == null) {
            return null;
        }
        boolean numeric = type == ValueType.NUMBER || type == ValueType.INTEGER;
        Double min = numeric && variable.euRange() != null ? variable.euRange().getLow() : null;
        Double max = numeric && variable.euRange() != null ? variable.euRange().getHigh() : null;
        return new ResourceDescriptor(
                type,
                numeric ? UneceUnits.toUcum(variable.units()) : null,
                variable.writable(),
                min,
                max,
                null,
                variable.displayName(),
                blankToNull(variable.description()),
                null,
                null);
    }

    /** The object type from the OPC UA type's browse name: {@code BoilerType} becomes {@code boiler}. */
    static String objectType(String typeName) {
        if (typeName == null || typeName.isBlank() || typeName.equals("BaseObjectType")) {
            return "object";
        }
        String name = typeName.endsWith("Type") ? typeName.substring(0, typeName.length() - 4) : typeName;
        String kebab = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return kebab.replaceAll("[^a-z0-9-]+", "-");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
