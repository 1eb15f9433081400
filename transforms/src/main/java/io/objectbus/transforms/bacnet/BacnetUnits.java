// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.bacnet;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Engineering units between BACnet and the bus: BACnet names units by the BACnetEngineeringUnits enumeration
 * (ASHRAE 135 clause 21), the bus by UCUM/SenML codes. Units without a code here travel without one ({@code u} is
 * left out) and their BACnet name goes into the resource's description.
 */
public final class BacnetUnits {
    /** BACnetEngineeringUnits no-units. */
    public static final int NO_UNITS = 95;

    private record Unit(int id, String name, String ucum) {}

    private static final Unit[] UNITS = {
        // Temperature
        new Unit(62, "degrees-celsius", "Cel"),
        new Unit(63, "degrees-kelvin", "K"),
        new Unit(64, "degrees-fahrenheit", "[degF]"),
        new Unit(121, "delta-degrees-kelvin", "K"),
        new Unit(91, "degrees-celsius-per-hour", "Cel/h"),
        new Unit(92, "degrees-celsius-per-minute", "Cel/min"),
        // Humidity, ratios, concentrations
        new Unit(29, "percent-relative-humidity", "%RH"),
        new Unit(28, "grams-of-water-per-kilogram-dry-air", "g/kg"),
        new Unit(98, "percent", "%"),
        new Unit(99, "percent-per-second", "%/s"),
        new Unit(207, "per-mille", "[ppth]"),
        new Unit(96, "parts-per-million", "ppm"),
        new Unit(97, "parts-per-billion", "ppb"),
        new Unit(218, "milligrams-per-cubic-meter", "mg/m3"),
        new Unit(219, "micrograms-per-cubic-meter", "ug/m3"),
        new Unit(234, "ph", "[pH]"),
        // Pressure
        new Unit(53, "pascals", "Pa"),
        new Unit(133, "hectopascals", "hPa"),
        new Unit(54, "kilopascals", "kPa"),
        new Unit(134, "millibars", "mbar"),
        new Unit(55, "bars", "bar"),
        new Unit(56, "pounds-force-per-square-inch", "[psi]"),
        new Unit(206, "millimeters-of-water", "mm[H2O]"),
        new Unit(57, "centimeters-of-water", "cm[H2O]"),
        new Unit(58, "inches-of-water", "[in_i'H2O]"),
        new Unit(59, "millimeters-of-mercury", "mm[Hg]"),
        new Unit(61, "inches-of-mercury", "[in_i'Hg]"),
        // Volumetric and mass flow
        new Unit(85, "cubic-meters-per-second", "m3/s"),
        new Unit(165, "cubic-meters-per-minute", "m3/min"),
        new Unit(135, "cubic-meters-per-hour", "m3/h"),
        new Unit(87, "liters-per-second", "L/s"),
        new Unit(88, "liters-per-minute", "L/min"),
        new Unit(136, "liters-per-hour", "L/h"),
        new Unit(84, "cubic-feet-per-minute", "[cft_i]/min"),
        new Unit(89, "us-gallons-per-minute", "[gal_us]/min"),
        new Unit(42, "kilograms-per-second", "kg/s"),
        new Unit(43, "kilograms-per-minute", "kg/min"),
        new Unit(44, "kilograms-per-hour", "kg/h"),
        new Unit(154, "grams-per-second", "g/s"),
        // Power
        new Unit(132, "milliwatts", "mW"),
        new Unit(47, "watts", "W"),
        new Unit(48, "kilowatts", "kW"),
        new Unit(49, "megawatts", "MW"),
        new Unit(50, "btus-per-hour", "[Btu]/h"),
        new Unit(51, "horsepower", "[HP]"),
        new Unit(8, "volt-amperes", "VA"),
        new Unit(9, "kilovolt-amperes", "kVA"),
        new Unit(10, "megavolt-amperes", "MVA"),
        new Unit(11, "volt-amperes-reactive", "var"),
        new Unit(12, "kilovolt-amperes-reactive", "kvar"),
        new Unit(15, "power-factor", "1"),
        new Unit(35, "watts-per-square-meter", "W/m2"),
        // Energy
        new Unit(16, "joules", "J"),
        new Unit(17, "kilojoules", "kJ"),
        new Unit(126, "megajoules", "MJ"),
        new Unit(18, "watt-hours", "Wh"),
        new Unit(19, "kilowatt-hours", "kWh"),
        new Unit(146, "megawatt-hours", "MWh"),
        new Unit(20, "btus", "[Btu]"),
        new Unit(239, "volt-ampere-hours", "VAh"),
        new Unit(240, "kilovolt-ampere-hours", "kVAh"),
        new Unit(203, "watt-hours-reactive", "varh"),
        new Unit(204, "kilowatt-hours-reactive", "kvarh"),
        // Electrical
        new Unit(2, "milliamperes", "mA"),
        new Unit(3, "amperes", "A"),
        new Unit(124, "millivolts", "mV"),
        new Unit(5, "volts", "V"),
        new Unit(6, "kilovolts", "kV"),
        new Unit(4, "ohms", "Ohm"),
        new Unit(122, "kilohms", "kOhm"),
        new Unit(123, "megohms", "MOhm"),
        new Unit(173, "siemens", "S"),
        new Unit(202, "millisiemens", "mS"),
        new Unit(190, "microsiemens", "uS"),
        // Frequency and rates
        new Unit(27, "hertz", "Hz"),
        new Unit(129, "kilohertz", "kHz"),
        new Unit(130, "megahertz", "MHz"),
        new Unit(104, "revolutions-per-minute", "/min"),
        new Unit(100, "per-minute", "/min"),
        new Unit(101, "per-second", "/s"),
        new Unit(131, "per-hour", "/h"),
        // Light
        new Unit(37, "luxes", "lx"),
        new Unit(36, "lumens", "lm"),
        new Unit(179, "candelas", "cd"),
        new Unit(180, "candelas-per-square-meter", "cd/m2"),
        // Length, area, volume
        new Unit(194, "micrometers", "um"),
        new Unit(30, "millimeters", "mm"),
        new Unit(118, "centimeters", "cm"),
        new Unit(31, "meters", "m"),
        new Unit(193, "kilometers", "km"),
        new Unit(32, "inches", "[in_i]"),
        new Unit(33, "feet", "[ft_i]"),
        new Unit(0, "square-meters", "m2"),
        new Unit(116, "square-centimeters", "cm2"),
        new Unit(1, "square-feet", "[sft_i]"),
        new Unit(80, "cubic-meters", "m3"),
        new Unit(82, "liters", "L"),
        new Unit(197, "milliliters", "mL"),
        new Unit(79, "cubic-feet", "[cft_i]"),
        new Unit(83, "us-gallons", "[gal_us]"),
        // Mass and density, force, torque
        new Unit(196, "milligrams", "mg"),
        new Unit(195, "grams", "g"),
        new Unit(39, "kilograms", "kg"),
        new Unit(40, "pounds-mass", "[lb_av]"),
        new Unit(186, "kilograms-per-cubic-meter", "kg/m3"),
        new Unit(153, "newton", "N"),
        new Unit(160, "newton-meters", "N.m"),
        // Time
        new Unit(159, "milliseconds", "ms"),
        new Unit(73, "seconds", "s"),
        new Unit(72, "minutes", "min"),
        new Unit(71, "hours", "h"),
        new Unit(70, "days", "d"),
        new Unit(69, "weeks", "wk"),
        new Unit(68, "months", "mo"),
        new Unit(67, "years", "a"),
        // Velocity
        new Unit(161, "millimeters-per-second", "mm/s"),
        new Unit(74, "meters-per-second", "m/s"),
        new Unit(163, "meters-per-minute", "m/min"),
        new Unit(164, "meters-per-hour", "m/h"),
        new Unit(75, "kilometers-per-hour", "km/h"),
        new Unit(76, "feet-per-second", "[ft_i]/s"),
        new Unit(77, "feet-per-minute", "[ft_i]/min"),
        new Unit(78, "miles-per-hour", "[mi_i]/h"),
        // Angles
        new Unit(90, "degrees-angular", "deg"),
        new Unit(14, "degrees-phase", "deg"),
        new Unit(103, "radians", "rad"),
        new Unit(184, "radians-per-second", "rad/s"),
        new Unit(NO_UNITS, "no-units", null),
    };

    private static final Map<Integer, Unit> BY_ID = new HashMap<>();
    private static final Map<String, Integer> BY_UCUM = new HashMap<>();

    static {
        for (Unit unit : UNITS) {
            BY_ID.put(unit.id(), unit);
            if (unit.ucum() != null) {
                // The first row of a code is the unit a code maps back to (kelvin, not delta kelvin).
                BY_UCUM.putIfAbsent(unit.ucum(), unit.id());
            }
        }
    }

    private BacnetUnits() {}

    /** The UCUM code of a BACnetEngineeringUnits value; null for no-units and for units without a code here. */
    public static String toUcum(int units) {
        Unit unit = BY_ID.get(units);
        return unit == null ? null : unit.ucum();
    }

    /** The standard name, e.g. {@code degrees-celsius}; {@code units-N} for values this table does not know. */
    public static String name(int units) {
        Unit unit = BY_ID.get(units);
        return unit == null ? "units-" + units : unit.name();
    }

    /** The BACnetEngineeringUnits value of a UCUM code; no-units for null and for codes without a BACnet unit. */
    public static int fromUcum(String ucum) {
        return ucum == null ? NO_UNITS : BY_UCUM.getOrDefault(ucum, NO_UNITS);
    }

    /** The whole table, BACnet value to UCUM code, in the order above (for the documentation and its test). */
    public static Map<Integer, String> table() {
        Map<Integer, String> table = new LinkedHashMap<>();
        for (Unit unit : UNITS) {
            table.put(unit.id(), unit.ucum());
        }
        return Collections.unmodifiableMap(table);
    }
}
