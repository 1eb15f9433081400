// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.client;

import io.objectbus.bacnet.model.BacnetAddress;
import io.objectbus.bacnet.model.ObjectIdentifier;

/**
 * A SubscribeCOV made by this client; it is renewed before its lifetime runs out until it is cancelled.
 *
 * @param lifetimeSeconds 0 for an indefinite subscription
 */
public record CovSubscription(
        BacnetAddress device, ObjectIdentifier objectId, long processId, boolean confirmed, int lifetimeSeconds) {}
