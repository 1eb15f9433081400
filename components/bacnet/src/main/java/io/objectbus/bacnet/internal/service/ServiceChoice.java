// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal.service;

/** Service choices (clause 21, BACnetConfirmedServiceChoice and BACnetUnconfirmedServiceChoice) that we speak. */
public final class ServiceChoice {
    public static final int CONFIRMED_COV_NOTIFICATION = 1;
    public static final int SUBSCRIBE_COV = 5;
    public static final int READ_PROPERTY = 12;
    public static final int READ_PROPERTY_MULTIPLE = 14;
    public static final int WRITE_PROPERTY = 15;

    public static final int I_AM = 0;
    public static final int I_HAVE = 1;
    public static final int UNCONFIRMED_COV_NOTIFICATION = 2;
    public static final int WHO_HAS = 7;
    public static final int WHO_IS = 8;

    private ServiceChoice() {}
}
