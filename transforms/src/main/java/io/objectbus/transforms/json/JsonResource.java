// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.json;

import io.objectbus.model.ResourceDescriptor;

/**
 * One resource of a JSON device: its id on the bus, the JSONPath or jq expression that finds its value in the
 * device's JSON, and what it is (type, unit, writable, range).
 */
public record JsonResource(String id, String expression, ResourceDescriptor descriptor) {}
