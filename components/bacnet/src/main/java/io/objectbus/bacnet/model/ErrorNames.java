// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.model;

/**
 * Names of the BACnet error classes and codes (clause 18 and 21), reject reasons (clause 18.8) and abort reasons
 * (clause 18.9), so that failures read as words in logs and exceptions.
 */
public final class ErrorNames {
    public static final int CLASS_DEVICE = 0;
    public static final int CLASS_OBJECT = 1;
    public static final int CLASS_PROPERTY = 2;
    public static final int CLASS_RESOURCES = 3;
    public static final int CLASS_SERVICES = 5;
    public static final int CLASS_COMMUNICATION = 7;

    public static final int CODE_OTHER = 0;
    public static final int CODE_DEVICE_BUSY = 3;
    public static final int CODE_INVALID_DATA_TYPE = 9;
    public static final int CODE_OPERATIONAL_PROBLEM = 25;
    public static final int CODE_SERVICE_REQUEST_DENIED = 29;
    public static final int CODE_TIMEOUT = 30;
    public static final int CODE_UNKNOWN_OBJECT = 31;
    public static final int CODE_UNKNOWN_PROPERTY = 32;
    public static final int CODE_VALUE_OUT_OF_RANGE = 37;
    public static final int CODE_WRITE_ACCESS_DENIED = 40;
    public static final int CODE_INVALID_ARRAY_INDEX = 42;
    public static final int CODE_COV_SUBSCRIPTION_FAILED = 43;
    public static final int CODE_OPTIONAL_FUNCTIONALITY_NOT_SUPPORTED = 45;
    public static final int CODE_PROPERTY_IS_NOT_AN_ARRAY = 50;

    public static final int REJECT_OTHER = 0;
    public static final int REJECT_INVALID_TAG = 4;
    public static final int REJECT_MISSING_REQUIRED_PARAMETER = 5;
    public static final int REJECT_PARAMETER_OUT_OF_RANGE = 6;
    public static final int REJECT_UNRECOGNIZED_SERVICE = 9;

    public static final int ABORT_OTHER = 0;
    public static final int ABORT_BUFFER_OVERFLOW = 1;
    public static final int ABORT_SEGMENTATION_NOT_SUPPORTED = 4;

    private static final Names CLASSES = new Names("error-class")
            .add(0, "device")
            .add(1, "object")
            .add(2, "property")
            .add(3, "resources")
            .add(4, "security")
            .add(5, "services")
            .add(6, "vt")
            .add(7, "communication");

    private static final Names CODES = new Names("error-code")
            .add(0, "other")
            .add(2, "configuration-in-progress")
            .add(3, "device-busy")
            .add(7, "inconsistent-parameters")
            .add(9, "invalid-data-type")
            .add(13, "invalid-parameter-data-type")
            .add(16, "missing-required-parameter")
            .add(18, "no-space-for-object")
            .add(25, "operational-problem")
            .add(27, "read-access-denied")
            .add(29, "service-request-denied")
            .add(30, "timeout")
            .add(31, "unknown-object")
            .add(32, "unknown-property")
            .add(36, "unsupported-object-type")
            .add(37, "value-out-of-range")
            .add(40, "write-access-denied")
            .add(41, "character-set-not-supported")
            .add(42, "invalid-array-index")
            .add(43, "cov-subscription-failed")
            .add(44, "not-cov-property")
            .add(45, "optional-functionality-not-supported")
            .add(47, "datatype-not-supported")
            .add(50, "property-is-not-an-array");

    private static final Names REJECTS = new Names("reject-reason")
            .add(0, "other")
            .add(1, "buffer-overflow")
            .add(2, "inconsistent-parameters")
            .add(3, "invalid-parameter-data-type")
            .add(4, "invalid-tag")
            .add(5, "missing-required-parameter")
            .add(6, "parameter-out-of-range")
            .add(7, "too-many-arguments")
            .add(8, "undefined-enumeration")
            .add(9, "unrecognized-service");

    private static final Names ABORTS = new Names("abort-reason")
            .add(0, "other")
            .add(1, "buffer-overflow")
            .add(2, "invalid-apdu-in-this-state")
            .add(3, "preempted-by-higher-priority-task")
            .add(4, "segmentation-not-supported")
            .add(5, "security-error")
            .add(6, "insufficient-security")
            .add(7, "window-size-out-of-range")
            .add(8, "application-exceeded-reply-time")
            .add(9, "out-of-resources")
            .add(10, "tsm-timeout")
            .add(11, "apdu-too-long");

    private ErrorNames() {}

    public static String errorClass(int value) {
        return CLASSES.name(value);
    }

    public static String errorCode(int value) {
        return CODES.name(value);
    }

    public static String rejectReason(int value) {
        return REJECTS.name(value);
    }

    public static String abortReason(int value) {
        return ABORTS.name(value);
    }

    public static int parseErrorClass(String text) {
        return CLASSES.parse(text);
    }

    public static int parseErrorCode(String text) {
        return CODES.parse(text);
    }
}
