// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.opcua;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;

/**
 * EngineeringUnits between OPC UA and the bus: OPC UA names units by UNECE Recommendation 20 common codes packed into
 * an Int32 {@code unitId} (Part 8 clause 5.6.3); the bus names them in UCUM/SenML.
 */
public final class UneceUnits {

    /** The namespace of UNECE unit ids (OPC UA Part 8 clause 5.6.3). */
    public static final String NAMESPACE = "http://www.opcfoundation.org/UA/units/un/cefact";

    private record Unit(String common, String ucum, String symbol, String name) {}

    private static final Unit[] UNITS = {
        new Unit("CEL", "Cel", "°C", "degree Celsius"),
        new Unit("FAH", "[degF]", "°F", "degree Fahrenheit"),
        new Unit("KEL", "K", "K", "kelvin"),
        new Unit("P1", "%", "%", "percent"),
        new Unit("59", "ppm", "ppm", "part per million"),
        new Unit("61", "ppb", "ppb", "part per billion"),
        new Unit("WTT", "W", "W", "watt"),
        new Unit("KWT", "kW", "kW", "kilowatt"),
        new Unit("MAW", "MW", "MW", "megawatt"),
        new Unit("WHR", "Wh", "W·h", "watt hour"),
        new Unit("KWH", "kWh", "kW·h", "kilowatt hour"),
        new Unit("MWH", "MWh", "MW·h", "megawatt hour"),
        new Unit("JOU", "J", "J", "joule"),
        new Unit("KJO", "kJ", "kJ", "kilojoule"),
        new Unit("LUX", "lx", "lx", "lux"),
        new Unit("CDL", "cd", "cd", "candela"),
        new Unit("LUM", "lm", "lm", "lumen"),
        new Unit("PAL", "Pa", "Pa", "pascal"),
        new Unit("A97", "hPa", "hPa", "hectopascal"),
        new Unit("KPA", "kPa", "kPa", "kilopascal"),
        new Unit("BAR", "bar", "bar", "bar"),
        new Unit("MBR", "mbar", "mbar", "millibar"),
        new Unit("VLT", "V", "V", "volt"),
        new Unit("2Z", "mV", "mV", "millivolt"),
        new Unit("AMP", "A", "A", "ampere"),
        new Unit("4K", "mA", "mA", "milliampere"),
        new Unit("OHM", "Ohm", "Ω", "ohm"),
        new Unit("HTZ", "Hz", "Hz", "hertz"),
        new Unit("C26", "ms", "ms", "millisecond"),
        new Unit("SEC", "s", "s", "second"),
        new Unit("MIN", "min", "min", "minute"),
        new Unit("HUR", "h", "h", "hour"),
        new Unit("MTR", "m", "m", "metre"),
        new Unit("CMT", "cm", "cm", "centimetre"),
        new Unit("MMT", "mm", "mm", "millimetre"),
        new Unit("MTS", "m/s", "m/s", "metre per second"),
        new Unit("KMH", "km/h", "km/h", "kilometre per hour"),
        new Unit("MTQ", "m3", "m³", "cubic metre"),
        new Unit("LTR", "L", "l", "litre"),
        new Unit("MQH", "m3/h", "m³/h", "cubic metre per hour"),
        new Unit("MQS", "m3/s", "m³/s", "cubic metre per second"),
        new Unit("L2", "L/min", "l/min", "litre per minute"),
        new Unit("KGM", "kg", "kg", "kilogram"),
        new Unit("GRM", "g", "g", "gram"),
        new Unit("KGS", "kg/s", "kg/s", "kilogram per second"),
        new Unit("NEW", "N", "N", "newton"),
        new Unit("NU", "N.m", "N·m", "newton metre"),
        new Unit("DD", "deg", "°", "degree [unit of angle]"),
        new Unit("2N", "dB", "dB", "decibel"),
        new Unit("RPM", "/min", "r/min", "revolutions per minute"),
        new Unit("C62", "1", "1", "one"),
    };

    private static final Map<Integer, Unit> BY_ID = new HashMap<>();
    private static final Map<String, Unit> BY_UCUM = new HashMap<>();
    private static final Map<String, Unit> BY_SYMBOL = new HashMap<>();

    static {
        for (Unit unit : UNITS) {
            BY_ID.put(unitId(unit.common()), unit);
            BY_UCUM.put(unit.ucum(), unit);
            BY_SYMBOL.putIfAbsent(unit.symbol().toLowerCase(Locale.ROOT), unit);
            BY_SYMBOL.putIfAbsent(unit.ucum().toLowerCase(Locale.ROOT), unit);
        }
        BY_UCUM.put("kW.h", BY_UCUM.get("kWh"));
        BY_UCUM.put("W.h", BY_UCUM.get("Wh"));
        // Relative humidity is a percent to UNECE; the bus keeps the more telling code.
        BY_UCUM.put("%RH", new Unit("P1", "%RH", "%RH", "percent relative humidity"));
        BY_SYMBOL.put("℃", BY_UCUM.get("Cel"));
        BY_SYMBOL.put("degc", BY_UCUM.get("Cel"));
        BY_SYMBOL.put("%rh", BY_UCUM.get("%"));
        BY_SYMBOL.put("kwh", BY_UCUM.get("kWh"));
        BY_SYMBOL.put("wh", BY_UCUM.get("Wh"));
    }

    private UneceUnits() {}

    /** The Int32 of a common code: its characters, left to right, one byte each (Part 8 clause 5.6.3). */
    public static int unitId(String commonCode) {
        int id = 0;
        for (char c : commonCode.toCharArray()) {
            id = id << 8 | (c & 0xff);
        }
        return id;
    }

    /**
     * The UCUM code of an EngineeringUnits value: by its UNECE unit id, else by its display name when that is a
     * known symbol, else the display name itself; null when there is nothing to go by.
     */
    public static String toUcum(EUInformation units) {
        if (units == null) {
            return null;
        }
        if (NAMESPACE.equals(units.getNamespaceUri()) || units.getNamespaceUri() == null) {
            Unit known = units.getUnitId() == null ? null : BY_ID.get(units.getUnitId());
            if (known != null) {
                return known.ucum();
            }
        }
        String symbol = text(units.getDisplayName());
        if (symbol == null || symbol.isBlank()) {
            return null;
        }
        Unit bySymbol = BY_SYMBOL.get(symbol.strip().toLowerCase(Locale.ROOT));
        return bySymbol != null ? bySymbol.ucum() : symbol.strip();
    }

    /** EngineeringUnits for a UCUM code: the UNECE unit where one is known, else the code as display name. */
    public static EUInformation fromUcum(String ucum) {
        Unit unit = BY_UCUM.get(ucum);
        if (unit == null) {
            return new EUInformation(NAMESPACE, -1, LocalizedText.english(ucum), LocalizedText.english(ucum));
        }
        return new EUInformation(
                NAMESPACE,
                unitId(unit.common()),
                LocalizedText.english(unit.symbol()),
                LocalizedText.english(unit.name()));
    }

    private static String text(LocalizedText text) {
        return text == null ? null : text.text();
    }
}
