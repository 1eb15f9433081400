// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import io.objectbus.component.enocean.frame.Rorg;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * A5-12-00..03 automated meter reading (EEP 2.6, A5-12): DB3..DB1 meter reading (24 bits), DB0.7..4 tariff (for
 * 00: measurement channel), DB0.2 data type (0 cumulative, 1 current value), DB0.1..0 divisor (value = reading /
 * 10^div). Cumulative energy in kWh is published in Wh; current power in W; gas and water in m3 and l/s.
 */
final class MeterReadingProfile implements EepProfile {

    private static final long MAX_READING = 0xFFFFFFL;

    /** Per TYPE: title, cumulative resource and unit, current resource and unit, factor to the published unit. */
    private record Kind(
            String title,
            String cumulative,
            String cumulativeUnit,
            String current,
            String currentUnit,
            int cumulativeFactor,
            String tariff) {}

    private static final Kind[] KINDS = {
        new Kind("Counter", "counter", null, "counterRate", "1/s", 1, "channel"),
        new Kind("Electricity", "energy", "Wh", "power", "W", 1000, "tariff"),
        new Kind("Gas", "volume", "m3", "flow", "l/s", 1, "tariff"),
        new Kind("Water", "volume", "m3", "flow", "l/s", 1, "tariff")
    };

    private final EepId id;
    private final Kind kind;

    MeterReadingProfile(int type) {
        this.id = new EepId(Rorg.BS4, 0x12, type);
        this.kind = KINDS[type];
    }

    @Override
    public EepId id() {
        return id;
    }

    @Override
    public String title() {
        return "Automated Meter Reading: " + kind.title;
    }

    @Override
    public List<ResourceSpec> resources() {
        double max = (double) MAX_READING;
        return List.of(
                ResourceSpec.number(kind.cumulative, kind.cumulativeUnit, 0, max * kind.cumulativeFactor),
                ResourceSpec.number(kind.current, kind.currentUnit, 0, max),
                ResourceSpec.integer(kind.tariff, null, 0, 15));
    }

    @Override
    public EepResult decode(byte[] data, int status) {
        if (data.length != 4) {
            return EepResult.rejected(id + " needs 4 data bytes, got " + data.length);
        }
        if (TeachIn.isTeachIn(Rorg.BS4, data)) {
            return EepResult.rejected(id + ": teach-in telegram (LRN bit 0), not data");
        }
        BigDecimal value = BigDecimal.valueOf(Bits.get(data, 0, 24)).movePointLeft((int) Bits.get(data, 30, 2));
        boolean current = Bits.get(data, 29, 1) == 1;
        Reading reading = current
                ? new Reading(kind.current, value.doubleValue(), kind.currentUnit)
                : new Reading(
                        kind.cumulative,
                        value.multiply(BigDecimal.valueOf(kind.cumulativeFactor))
                                .doubleValue(),
                        kind.cumulativeUnit);
        return new EepResult(List.of(reading, new Reading(kind.tariff, Bits.get(data, 24, 4), null)), List.of());
    }

    @Override
    public EepData encode(Map<String, Object> values) {
        byte[] data = new byte[4];
        TeachIn.markAsData(Rorg.BS4, data);
        Object cumulative = values.get(kind.cumulative);
        Object current = values.get(kind.current);
        if (cumulative != null) {
            writeReading(data, number(kind.cumulative, cumulative).divide(BigDecimal.valueOf(kind.cumulativeFactor)));
        } else if (current != null) {
            Bits.set(data, 29, 1, 1);
            writeReading(data, number(kind.current, current));
        }
        Object tariff = values.get(kind.tariff);
        if (tariff != null) {
            long t = number(kind.tariff, tariff).longValue();
            if (t < 0 || t > 15) {
                throw new EepException(kind.tariff + " " + t + " outside 0..15");
            }
            Bits.set(data, 24, 4, t);
        }
        return new EepData(Rorg.BS4, data, 0);
    }

    /** Picks the smallest divisor that represents the value exactly, else the finest one that fits, rounded. */
    private static void writeReading(byte[] data, BigDecimal value) {
        if (value.signum() < 0) {
            throw new EepException("meter reading " + value + " is negative");
        }
        int best = -1;
        for (int div = 0; div <= 3; div++) {
            BigDecimal scaled = value.movePointRight(div);
            if (scaled.setScale(0, RoundingMode.HALF_UP).compareTo(BigDecimal.valueOf(MAX_READING)) > 0) {
                break;
            }
            best = div;
            if (scaled.stripTrailingZeros().scale() <= 0) {
                break;
            }
        }
        if (best < 0) {
            throw new EepException("meter reading " + value + " does not fit 24 bits");
        }
        Bits.set(
                data,
                0,
                24,
                value.movePointRight(best).setScale(0, RoundingMode.HALF_UP).longValueExact());
        Bits.set(data, 30, 2, best);
    }

    private static BigDecimal number(String resource, Object value) {
        if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
            return new BigDecimal(n.toString());
        }
        throw new EepException(resource + " must be a number, got " + value);
    }
}
