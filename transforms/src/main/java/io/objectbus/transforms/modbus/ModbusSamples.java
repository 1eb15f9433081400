// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.modbus;

import io.objectbus.modbus.model.DataType;
import io.objectbus.modbus.model.ModbusReading;
import io.objectbus.transforms.analog.Reading;
import java.util.HashMap;
import java.util.Map;

/** A reading to a bus sample through its entry's meaning, and a written value back to the raw register value. */
final class ModbusSamples {

    private ModbusSamples() {}

    static Map<String, Object> sample(ModbusObjects.Binding binding, ModbusReading reading) {
        Map<String, Object> sample = new HashMap<>();
        sample.put("object", binding.objectId());
        sample.put("resource", binding.register().name());
        sample.put("ts", reading.time());
        Reading value = reading.ok()
                ? meaning(binding, reading)
                : Reading.bad(null, binding.register().where() + ": " + reading.error());
        sample.put("v", value.value());
        sample.put("q", value.quality().wireName());
        if (value.reason() != null) {
            sample.put("r", value.reason());
        }
        return sample;
    }

    private static Reading meaning(ModbusObjects.Binding binding, ModbusReading reading) {
        if (reading.value() instanceof Boolean bit) {
            return Reading.good(bit);
        }
        RegisterMeaning meaning = binding.meaning();
        double raw = ((Number) reading.value()).doubleValue();
        if (meaning.rate() != null) {
            Reading rate = meaning.rate().apply(((Number) reading.value()).longValue(), reading.time());
            return rate.value() == null ? rate : scaled(rate, meaning);
        }
        double value = raw * meaning.scale() + meaning.offset();
        if (meaning.linear() != null) {
            return rounded(meaning.linear().apply(value), meaning);
        }
        if (meaning.threshold() != null) {
            return Reading.good(meaning.threshold().apply(value));
        }
        return Reading.good(meaning.rounding().apply(value));
    }

    private static Reading scaled(Reading rate, RegisterMeaning meaning) {
        return rounded(new Reading((Double) rate.value() * meaning.scale(), rate.quality(), rate.reason()), meaning);
    }

    private static Reading rounded(Reading reading, RegisterMeaning meaning) {
        return reading.value() instanceof Double value
                ? new Reading(meaning.rounding().apply(value), reading.quality(), reading.reason())
                : reading;
    }

    /** The raw value for the device: the inverse of linear, offset and scale; a whole number for integer types. */
    static Object raw(ModbusObjects.Binding binding, Object value) {
        if (value instanceof Boolean || binding.register().type() == DataType.bit) {
            return value;
        }
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException(binding.register().name() + " takes a number, not " + value);
        }
        RegisterMeaning meaning = binding.meaning();
        double engineering = number.doubleValue();
        double signal =
                meaning.linear() == null ? engineering : meaning.linear().invert(engineering);
        double raw = (signal - meaning.offset()) / meaning.scale();
        return binding.register().type() == DataType.float32 ? (Object) raw : (Object) Math.round(raw);
    }
}
