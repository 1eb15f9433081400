// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.mqttjson;

/**
 * A bus write as the device's own command: what to publish where, and the value of the resource that confirms it.
 *
 * @param topic the device's command topic
 * @param payload the command, as the device reads it
 * @param resource the resource written
 * @param expected the value the device reports for {@code resource} once it applied the command
 */
public record DeviceCommand(String topic, String payload, String resource, Object expected) {}
