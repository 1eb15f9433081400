// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.model;

/** BACnetPropertyIdentifier values (ASHRAE 135 clause 21) used by this component, and their names. */
public final class PropertyIdentifier {
    public static final int ACTIVE_TEXT = 4;
    public static final int ALL = 8;
    public static final int APDU_TIMEOUT = 11;
    public static final int APPLICATION_SOFTWARE_VERSION = 12;
    public static final int COV_INCREMENT = 22;
    public static final int DESCRIPTION = 28;
    public static final int DEVICE_ADDRESS_BINDING = 30;
    public static final int EVENT_STATE = 36;
    public static final int FIRMWARE_REVISION = 44;
    public static final int INACTIVE_TEXT = 46;
    public static final int LOCATION = 58;
    public static final int MAX_APDU_LENGTH_ACCEPTED = 62;
    public static final int MAX_PRES_VALUE = 65;
    public static final int MIN_PRES_VALUE = 69;
    public static final int MODEL_NAME = 70;
    public static final int NUMBER_OF_APDU_RETRIES = 73;
    public static final int NUMBER_OF_STATES = 74;
    public static final int OBJECT_IDENTIFIER = 75;
    public static final int OBJECT_LIST = 76;
    public static final int OBJECT_NAME = 77;
    public static final int OBJECT_TYPE = 79;
    public static final int OPTIONAL = 80;
    public static final int OUT_OF_SERVICE = 81;
    public static final int PRESENT_VALUE = 85;
    public static final int PRIORITY_ARRAY = 87;
    public static final int PROTOCOL_OBJECT_TYPES_SUPPORTED = 96;
    public static final int PROTOCOL_SERVICES_SUPPORTED = 97;
    public static final int PROTOCOL_VERSION = 98;
    public static final int RELIABILITY = 103;
    public static final int RELINQUISH_DEFAULT = 104;
    public static final int REQUIRED = 105;
    public static final int SEGMENTATION_SUPPORTED = 107;
    public static final int STATE_TEXT = 110;
    public static final int STATUS_FLAGS = 111;
    public static final int SYSTEM_STATUS = 112;
    public static final int UNITS = 117;
    public static final int VENDOR_IDENTIFIER = 120;
    public static final int VENDOR_NAME = 121;
    public static final int PROTOCOL_REVISION = 139;
    public static final int DATABASE_REVISION = 155;
    public static final int PROPERTY_LIST = 371;

    private static final Names NAMES = new Names("property")
            .add(ACTIVE_TEXT, "active-text")
            .add(ALL, "all")
            .add(APDU_TIMEOUT, "apdu-timeout")
            .add(APPLICATION_SOFTWARE_VERSION, "application-software-version")
            .add(COV_INCREMENT, "cov-increment")
            .add(25, "deadband")
            .add(DESCRIPTION, "description")
            .add(DEVICE_ADDRESS_BINDING, "device-address-binding")
            .add(35, "event-enable")
            .add(EVENT_STATE, "event-state")
            .add(FIRMWARE_REVISION, "firmware-revision")
            .add(45, "high-limit")
            .add(INACTIVE_TEXT, "inactive-text")
            .add(LOCATION, "location")
            .add(59, "low-limit")
            .add(MAX_APDU_LENGTH_ACCEPTED, "max-apdu-length-accepted")
            .add(MAX_PRES_VALUE, "max-pres-value")
            .add(MIN_PRES_VALUE, "min-pres-value")
            .add(MODEL_NAME, "model-name")
            .add(NUMBER_OF_APDU_RETRIES, "number-of-apdu-retries")
            .add(NUMBER_OF_STATES, "number-of-states")
            .add(OBJECT_IDENTIFIER, "object-identifier")
            .add(OBJECT_LIST, "object-list")
            .add(OBJECT_NAME, "object-name")
            .add(OBJECT_TYPE, "object-type")
            .add(OPTIONAL, "optional")
            .add(OUT_OF_SERVICE, "out-of-service")
            .add(84, "polarity")
            .add(PRESENT_VALUE, "present-value")
            .add(PRIORITY_ARRAY, "priority-array")
            .add(PROTOCOL_OBJECT_TYPES_SUPPORTED, "protocol-object-types-supported")
            .add(PROTOCOL_SERVICES_SUPPORTED, "protocol-services-supported")
            .add(PROTOCOL_VERSION, "protocol-version")
            .add(RELIABILITY, "reliability")
            .add(RELINQUISH_DEFAULT, "relinquish-default")
            .add(REQUIRED, "required")
            .add(106, "resolution")
            .add(SEGMENTATION_SUPPORTED, "segmentation-supported")
            .add(STATE_TEXT, "state-text")
            .add(STATUS_FLAGS, "status-flags")
            .add(SYSTEM_STATUS, "system-status")
            .add(UNITS, "units")
            .add(VENDOR_IDENTIFIER, "vendor-identifier")
            .add(VENDOR_NAME, "vendor-name")
            .add(PROTOCOL_REVISION, "protocol-revision")
            .add(152, "active-cov-subscriptions")
            .add(DATABASE_REVISION, "database-revision")
            .add(167, "max-segments-accepted")
            .add(168, "profile-name")
            .add(PROPERTY_LIST, "property-list")
            .alias("pv", PRESENT_VALUE);

    private PropertyIdentifier() {}

    /** The standard name, e.g. {@code present-value}; unknown identifiers read {@code property-N}. */
    public static String name(int property) {
        return NAMES.name(property);
    }

    /** Parses a name ({@code present-value}, {@code presentValue}, {@code PRESENT_VALUE}) or a number. */
    public static int parse(String text) {
        return NAMES.parse(text);
    }
}
