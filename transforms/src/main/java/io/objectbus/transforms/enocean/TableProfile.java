// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import io.objectbus.component.enocean.frame.Rorg;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A profile defined by a table of fields, as most 1BS and 4BS profiles are. 4BS and 1BS data telegrams carry the LRN
 * bit set (DB0.3 of 4BS, DB0.3 of 1BS: 0 = teach-in telegram, EEP 2.6 clause 3.1), so a cleared LRN bit is rejected
 * as a teach-in telegram rather than misread as data.
 */
public class TableProfile implements EepProfile {

    private final EepId id;
    private final String title;
    private final int length;
    private final List<Field> fields;
    private final int status;

    public TableProfile(EepId id, String title, int length, List<Field> fields) {
        this(id, title, length, fields, 0);
    }

    /** A profile whose telegrams need status bits, as RPS telegrams carry T21 and NU (EEP 2.6, clause 1.4). */
    public TableProfile(EepId id, String title, int length, List<Field> fields, int status) {
        this.id = id;
        this.title = title;
        this.length = length;
        this.fields = List.copyOf(fields);
        this.status = status;
    }

    /** A 4BS profile: 4 data bytes. */
    public static TableProfile bs4(int func, int type, String title, Field... fields) {
        return new TableProfile(new EepId(Rorg.BS4, func, type), title, 4, List.of(fields));
    }

    /** The data length of a RORG: RPS and 1BS 1 byte, 4BS 4 bytes. */
    public static int lengthOf(int rorg) {
        return rorg == Rorg.BS4 ? 4 : 1;
    }

    @Override
    public EepId id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public List<ResourceSpec> resources() {
        Map<String, ResourceSpec> byId = new LinkedHashMap<>();
        fields.forEach(f -> byId.putIfAbsent(f.spec().id(), f.spec()));
        return List.copyOf(byId.values());
    }

    @Override
    public EepResult decode(byte[] data, int status) {
        if (data.length != length) {
            return EepResult.rejected(id + " needs " + length + " data byte(s), got " + data.length);
        }
        if (TeachIn.isTeachIn(id.rorg(), data)) {
            return EepResult.rejected(id + ": teach-in telegram (LRN bit 0), not data");
        }
        List<Reading> readings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        fields.forEach(f -> f.decode(data, readings, problems));
        return new EepResult(readings, problems);
    }

    /**
     * Encodes the values present. Where several fields yield the same resource (the two illuminance ranges of
     * A5-06-01), the first field that accepts the value wins.
     */
    @Override
    public EepData encode(Map<String, Object> values) {
        byte[] data = new byte[length];
        TeachIn.markAsData(id.rorg(), data);
        Set<String> done = new HashSet<>();
        Map<String, EepException> failures = new LinkedHashMap<>();
        for (Field field : fields) {
            String resource = field.spec().id();
            if (done.contains(resource)) {
                continue;
            }
            byte[] trial = data.clone();
            try {
                field.encode(values, trial);
                System.arraycopy(trial, 0, data, 0, length);
                done.add(resource);
            } catch (EepException e) {
                failures.putIfAbsent(resource, e);
            }
        }
        failures.keySet().removeAll(done);
        if (!failures.isEmpty()) {
            throw failures.values().iterator().next();
        }
        return new EepData(id.rorg(), data, status);
    }

    @Override
    public String toString() {
        return id + " " + title;
    }
}
