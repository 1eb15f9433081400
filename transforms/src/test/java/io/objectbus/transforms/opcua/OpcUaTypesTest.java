// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ushort;

import io.objectbus.model.ValueType;
import io.objectbus.opcua.model.UaVariable;
import java.time.Instant;
import org.eclipse.milo.opcua.stack.core.OpcUaDataType;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.ULong;
import org.junit.jupiter.api.Test;

class OpcUaTypesTest {

    @Test
    void builtInTypesMapToBusTypes() {
        assertThat(OpcUaTypes.valueType(variable(OpcUaDataType.Double))).isEqualTo(ValueType.NUMBER);
        assertThat(OpcUaTypes.valueType(variable(OpcUaDataType.Float))).isEqualTo(ValueType.NUMBER);
        assertThat(OpcUaTypes.valueType(variable(OpcUaDataType.UInt16))).isEqualTo(ValueType.INTEGER);
        assertThat(OpcUaTypes.valueType(variable(OpcUaDataType.Boolean))).isEqualTo(ValueType.BOOLEAN);
        assertThat(OpcUaTypes.valueType(variable(OpcUaDataType.LocalizedText))).isEqualTo(ValueType.STRING);
        assertThat(OpcUaTypes.valueType(variable(OpcUaDataType.ExtensionObject)))
                .isNull();
        assertThat(OpcUaTypes.valueType(variable(OpcUaDataType.ByteString))).isNull();
    }

    @Test
    void arraysHaveNoBusType() {
        UaVariable array =
                new UaVariable(new NodeId(2, "a"), "a", "a", null, OpcUaDataType.Double, false, 1, false, null, null);
        assertThat(OpcUaTypes.valueType(array)).isNull();
    }

    @Test
    void valuesBecomeTheJavaTypesTheBusKeeps() {
        assertThat(OpcUaTypes.toBus(uint(7))).isEqualTo(7L);
        assertThat(OpcUaTypes.toBus(ushort(65535))).isEqualTo(65535L);
        assertThat(OpcUaTypes.toBus(42)).isEqualTo(42L);
        assertThat(OpcUaTypes.toBus(0.1f)).isEqualTo(0.1);
        assertThat(OpcUaTypes.toBus(ULong.MAX)).isInstanceOf(Double.class);
        assertThat(OpcUaTypes.toBus(LocalizedText.english("running"))).isEqualTo("running");
        // A date-time value is written as every bus timestamp is: UTC, milliseconds, 24 characters.
        assertThat(OpcUaTypes.toBus(new DateTime(Instant.parse("2026-01-02T03:04:05.1234567Z"))))
                .isEqualTo("2026-01-02T03:04:05.123Z");
        assertThatThrownBy(() -> OpcUaTypes.toBus(new double[] {1, 2})).hasMessageContaining("has no bus type");
    }

    @Test
    void writesTakeTheVariablesExactType() {
        assertThat(VariantCoercion.toVariant(42L, variable(OpcUaDataType.Int32)))
                .isEqualTo(Variant.ofInt32(42));
        assertThat(VariantCoercion.toVariant(42L, variable(OpcUaDataType.Double)))
                .isEqualTo(Variant.ofDouble(42.0));
        assertThat(VariantCoercion.toVariant(7L, variable(OpcUaDataType.UInt32)))
                .isEqualTo(Variant.ofUInt32(uint(7)));
        assertThat(VariantCoercion.toVariant("on", variable(OpcUaDataType.String)))
                .isEqualTo(Variant.ofString("on"));
        assertThat(VariantCoercion.toVariant(1.5, variable(OpcUaDataType.Float)))
                .isEqualTo(Variant.ofFloat(1.5f));
    }

    @Test
    void aValueThatDoesNotFitIsRefusedWithTheTypeNamed() {
        assertThatThrownBy(() -> VariantCoercion.toVariant(3_000_000_000L, variable(OpcUaDataType.Int32)))
                .hasMessage("value 3000000000 does not fit Int32 [-2147483648, 2147483647]");
        assertThatThrownBy(() -> VariantCoercion.toVariant(2.5, variable(OpcUaDataType.Int16)))
                .hasMessage("a double (2.5) cannot be written to a Int16 variable");
        assertThatThrownBy(() -> VariantCoercion.toVariant("abc", variable(OpcUaDataType.Double)))
                .hasMessage("a string (abc) cannot be written to a Double variable");
        assertThatThrownBy(() -> VariantCoercion.toVariant(-1L, variable(OpcUaDataType.Byte)))
                .hasMessageContaining("does not fit Byte");
    }

    static UaVariable variable(OpcUaDataType type) {
        return new UaVariable(new NodeId(2, "v"), "v", "v", null, type, false, -1, true, null, null);
    }
}
