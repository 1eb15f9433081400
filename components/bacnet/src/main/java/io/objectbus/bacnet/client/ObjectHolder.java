// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.client;

import io.objectbus.bacnet.model.BacnetAddress;
import io.objectbus.bacnet.model.ObjectIdentifier;

/** A device that answered Who-Has with I-Have (clause 16.9.2): it holds {@code objectId} named {@code objectName}. */
public record ObjectHolder(int deviceInstance, BacnetAddress address, ObjectIdentifier objectId, String objectName) {}
