// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.opcua;

import io.objectbus.opcua.model.UaAddressSpace;
import io.objectbus.opcua.model.UaObject;
import io.objectbus.opcua.model.UaVariable;
import java.util.List;
import org.eclipse.milo.opcua.stack.core.OpcUaDataType;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;

/** A browse of a small plant, as the adapter's browser would report it. */
final class PlantSpace {

    static final String NS = "urn:test:plant";
    static final NodeId TEMPERATURE = node("Plant/Boiler1/Temperature");
    static final NodeId SETPOINT = node("Plant/Boiler1/Setpoint");
    static final NodeId RUNNING = node("Plant/Boiler1/Running");
    static final NodeId SPEED = node("Plant/Line 1/Pump.A/Speed");

    private PlantSpace() {}

    static UaAddressSpace space() {
        return new UaAddressSpace("opc.tcp://127.0.0.1:4840", List.of(pump(), boiler(), empty()));
    }

    static UaObject boiler() {
        return object(
                "Plant/Boiler1",
                List.of("Boiler1"),
                "Boiler 1",
                "BoilerType",
                List.of(
                        variable(
                                TEMPERATURE,
                                "Temperature",
                                OpcUaDataType.Double,
                                false,
                                celsius(),
                                new Range(0.0, 120.0)),
                        variable(SETPOINT, "Setpoint", OpcUaDataType.Double, true, celsius(), new Range(5.0, 90.0)),
                        variable(RUNNING, "Running", OpcUaDataType.Boolean, false, null, null),
                        variable(node("Plant/Boiler1/Mode"), "Mode", OpcUaDataType.String, true, null, null),
                        array(node("Plant/Boiler1/History"), "History")));
    }

    static UaObject pump() {
        return object(
                "Plant/Line 1/Pump.A",
                List.of("Line 1", "Pump.A"),
                "Pump A",
                "BaseObjectType",
                List.of(variable(SPEED, "Speed", OpcUaDataType.Int32, true, rpm(), null)));
    }

    static UaObject empty() {
        return object(
                "Plant/Empty", List.of("Empty"), "Empty", "FolderType", List.of(array(node("Plant/Empty/A"), "A")));
    }

    static UaObject object(String id, List<String> path, String name, String type, List<UaVariable> variables) {
        return new UaObject(node(id), "nsu=" + NS + ";s=" + id, "Plant", path, name, null, type, variables);
    }

    static UaVariable variable(
            NodeId id, String name, OpcUaDataType type, boolean writable, EUInformation units, Range range) {
        return new UaVariable(id, name, name, "the " + name, type, false, -1, writable, units, range);
    }

    static UaVariable array(NodeId id, String name) {
        return new UaVariable(id, name, name, null, OpcUaDataType.Double, false, 1, false, null, null);
    }

    static NodeId node(String id) {
        return new NodeId(2, id);
    }

    static EUInformation celsius() {
        return new EUInformation(
                UneceUnits.NAMESPACE, UneceUnits.unitId("CEL"), LocalizedText.english("°C"), LocalizedText.NULL_VALUE);
    }

    static EUInformation rpm() {
        return new EUInformation(
                UneceUnits.NAMESPACE,
                UneceUnits.unitId("RPM"),
                LocalizedText.english("r/min"),
                LocalizedText.NULL_VALUE);
    }
}
