// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.tasmota;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.transforms.mqttjson.JsonPayloads;
import io.objectbus.transforms.mqttjson.Resources;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The fields of Tasmota's JSON (tele/STATE, tele/SENSOR, stat/RESULT, and the StatusSTS and StatusSNS of
 * stat/STATUS11 and stat/STATUS10) as bus resources with units. Field names as https://tasmota.github.io/docs/MQTT/
 * and https://tasmota.github.io/docs/Commands/ give them.
 */
final class TasmotaReadings {

    static final Pattern POWER = Pattern.compile("POWER([1-8]?)");
    private static final Map<String, String> ENERGY_UNITS = Map.ofEntries(
            Map.entry("Power", "W"),
            Map.entry("ApparentPower", "VA"),
            Map.entry("ReactivePower", "var"),
            Map.entry("Factor", "1"),
            Map.entry("Voltage", "V"),
            Map.entry("Current", "A"),
            Map.entry("Frequency", "Hz"),
            Map.entry("Total", "kWh"),
            Map.entry("Today", "kWh"),
            Map.entry("Yesterday", "kWh"));
    private static final Map<String, String> SENSOR_UNITS = Map.ofEntries(
            Map.entry("Humidity", "%RH"),
            Map.entry("Pressure", "hPa"),
            Map.entry("SeaPressure", "hPa"),
            Map.entry("Illuminance", "lx"),
            Map.entry("CarbonDioxide", "ppm"),
            Map.entry("eCO2", "ppm"),
            Map.entry("TVOC", "ppb"),
            Map.entry("Distance", "cm"),
            Map.entry("Gas", "kOhm"));
    private static final String[] TEMPERATURES = {"Temperature", "DewPoint"};

    final Map<String, ResourceDescriptor> resources = new LinkedHashMap<>();
    final Map<String, Object> values = new LinkedHashMap<>();
    private final String temperatureUnit;

    private TasmotaReadings(JsonNode json) {
        this.temperatureUnit = "F".equals(json.path("TempUnit").asText()) ? "[degF]" : "Cel";
    }

    /** Every field of the payload the mapping knows; fields it does not know are left out. */
    static TasmotaReadings of(JsonNode json) {
        TasmotaReadings readings = new TasmotaReadings(json);
        json.fields().forEachRemaining(field -> readings.field(field.getKey(), field.getValue()));
        return readings;
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    private void field(String name, JsonNode value) {
        var power = POWER.matcher(name);
        if (power.matches() && value.isTextual()) {
            power(power.group(1), value.asText());
        } else if (name.equals("Dimmer") && value.isNumber()) {
            put("dimmer", Resources.level("%", 0, 100, 0.0), value.doubleValue());
        } else if (name.matches("TempTargetSet1?") && value.isNumber()) {
            put("setpoint", Resources.level(temperatureUnit, -50, 100, null), value.doubleValue());
        } else if (name.equals("UptimeSec") && value.isNumber()) {
            put("uptime", Resources.number("s"), value.doubleValue());
        } else if (name.equals("Wifi") && value.isObject()) {
            wifi(value);
        } else if (name.equals("ENERGY") && value.isObject()) {
            energy(value);
        } else if (value.isObject() && !name.startsWith("Status")) {
            sensor(name, value);
        }
    }

    private void power(String channel, String state) {
        boolean on =
                switch (state.toUpperCase(java.util.Locale.ROOT)) {
                    case "ON" -> true;
                    case "OFF" -> false;
                    default ->
                        throw new IllegalArgumentException("POWER" + channel + " is neither ON nor OFF: " + state);
                };
        put(channel.isEmpty() ? "power" : "power-" + channel, Resources.relay(("relay " + channel).strip()), on);
    }

    private void wifi(JsonNode wifi) {
        Double rssi = JsonPayloads.number(wifi, "RSSI");
        if (rssi != null) {
            put("wifi-rssi", Resources.number("%"), rssi);
        }
        Double signal = JsonPayloads.number(wifi, "Signal");
        if (signal != null) {
            put("wifi-signal", Resources.number("dBm"), signal);
        }
    }

    private void energy(JsonNode energy) {
        energy.fields().forEachRemaining(field -> {
            String unit = ENERGY_UNITS.get(field.getKey());
            if (unit != null && field.getValue().isNumber()) {
                String id = Resources.id("energy", camelToWords(field.getKey()));
                put(id, Resources.number(unit), field.getValue().doubleValue());
            }
        });
    }

    /** A sensor's object ({@code "AM2301":{"Temperature":22.6,...}}): its known readings, prefixed by its name. */
    private void sensor(String sensor, JsonNode readings) {
        for (Iterator<Map.Entry<String, JsonNode>> it = readings.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> reading = it.next();
            String unit = unit(reading.getKey());
            if (unit != null && reading.getValue().isNumber()) {
                String id = Resources.id(sensor, camelToWords(reading.getKey()));
                put(id, Resources.number(unit), reading.getValue().doubleValue());
            }
        }
    }

    private String unit(String reading) {
        for (String temperature : TEMPERATURES) {
            if (temperature.equals(reading)) {
                return temperatureUnit;
            }
        }
        return SENSOR_UNITS.get(reading);
    }

    private void put(String id, ResourceDescriptor descriptor, Object value) {
        resources.put(id, descriptor);
        values.put(id, value);
    }

    /** {@code ApparentPower} → {@code apparent-power}. */
    static String camelToWords(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2");
    }
}
