// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.json;

/** A request to a device for a bus write: where (the whole URI), how, and what. */
public record DeviceRequest(String uri, String method, String body, String contentType) {}
