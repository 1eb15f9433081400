// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.opcua;

import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.ValueType;
import io.objectbus.opcua.model.UaVariable;
import java.util.Locale;

/** Describes a Variable as a bus resource: type, unit, range, writability, name. */
final class OpcUaResources {

    private OpcUaResources() {}

    /** The resource for a variable, or null when the bus has no type for its values. */
    static ResourceDescriptor describe(UaVariable variable, boolean writes) {
        ValueType type = OpcUaTypes.valueType(variable);
        if (type == null) {
            return null;
        }
        boolean numeric = type == ValueType.NUMBER || type == ValueType.INTEGER;
        double[] bounds = numeric ? bounds(variable) : null;
        return new ResourceDescriptor(
                type,
                numeric ? UneceUnits.toUcum(variable.units()) : null,
                writes && variable.writable(),
                bounds == null ? null : bounds[0],
                bounds == null ? null : bounds[1],
                null,
                variable.displayName(),
                blankToNull(variable.description()),
                null,
                null);
    }

    /**
     * The EURange; else, for integers narrower than 64 bits, the range of the type, so that the bus itself refuses a
     * write the Variable could not hold.
     */
    private static double[] bounds(UaVariable variable) {
        if (variable.euRange() != null) {
            return new double[] {variable.euRange().getLow(), variable.euRange().getHigh()};
        }
        if (variable.enumeration()) {
            return new double[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
        }
        return switch (variable.builtinType()) {
            case SByte -> new double[] {Byte.MIN_VALUE, Byte.MAX_VALUE};
            case Byte -> new double[] {0, 255};
            case Int16 -> new double[] {Short.MIN_VALUE, Short.MAX_VALUE};
            case UInt16 -> new double[] {0, 65535};
            case Int32 -> new double[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
            case UInt32 -> new double[] {0, 4294967295.0};
            case UInt64 -> new double[] {0, Long.MAX_VALUE};
            default -> null;
        };
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
