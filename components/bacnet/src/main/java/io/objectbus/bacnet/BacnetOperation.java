// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet;

/** What a {@code bacnet:} producer does with each exchange. */
public enum BacnetOperation {
    /** ReadProperty: one property of one object; the body becomes a PropertyResult. */
    readProperty,
    /** ReadPropertyMultiple: several properties of one or more objects; the body becomes a list of PropertyResult. */
    readPropertyMultiple,
    /** WriteProperty, with a priority; a null value relinquishes that priority. */
    writeProperty,
    /** SubscribeCOV; notifications then arrive on {@code bacnet:cov} consumers of the same local port. */
    subscribeCov,
    /** Cancels a subscription made with subscribeCov. */
    unsubscribeCov,
    /** Who-Is; the body becomes the list of DeviceInfo that answered within whoIsWait. */
    whoIs,
    /** Who-Has by object identifier or object name; the body becomes the list of ObjectHolder that answered. */
    whoHas,
    /** Reads a device's object-list, element by element when the device cannot segment. */
    readObjectList
}
