// SPDX-License-Identifier: Apache-2.0
package io.objectbus.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a resource is: its value type, UCUM unit, whether it can be written, its range or allowed values, and its COV
 * policy where it differs from the node's.
 *
 * @param relinquishDefault the value a writable resource takes when every priority level is relinquished
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResourceDescriptor(
        ValueType type,
        String unit,
        boolean writable,
        Double min,
        Double max,
        @JsonProperty("enum") List<String> enumValues,
        String name,
        String description,
        CovPolicy cov,
        Object relinquishDefault) {

    public static ResourceDescriptor number(String unit) {
        return new ResourceDescriptor(ValueType.NUMBER, unit, false, null, null, null, null, null, null, null);
    }

    public static ResourceDescriptor bool() {
        return new ResourceDescriptor(ValueType.BOOLEAN, null, false, null, null, null, null, null, null, null);
    }

    public ResourceDescriptor writable(Object relinquishDefault) {
        return new ResourceDescriptor(
                type, unit, true, min, max, enumValues, name, description, cov, relinquishDefault);
    }

    public ResourceDescriptor range(Double min, Double max) {
        return new ResourceDescriptor(
                type, unit, writable, min, max, enumValues, name, description, cov, relinquishDefault);
    }

    public ResourceDescriptor described(String name, String description) {
        return new ResourceDescriptor(
                type, unit, writable, min, max, enumValues, name, description, cov, relinquishDefault);
    }

    public ResourceDescriptor withCov(CovPolicy cov) {
        return new ResourceDescriptor(
                type, unit, writable, min, max, enumValues, name, description, cov, relinquishDefault);
    }
}
