// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.model;

/**
 * The Error production (clause 21): an error class and an error code, both ENUMERATED.
 *
 * @param errorClass e.g. 1 = object, 2 = property (see {@link ErrorNames})
 * @param errorCode  e.g. 31 = unknown-object, 32 = unknown-property
 */
public record BacnetError(int errorClass, int errorCode) {
    @Override
    public String toString() {
        return ErrorNames.errorClass(errorClass) + "/" + ErrorNames.errorCode(errorCode);
    }
}
