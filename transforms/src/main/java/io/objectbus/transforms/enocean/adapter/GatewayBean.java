// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean.adapter;

import io.objectbus.component.AdapterBean;

/**
 * The bean of an {@code enocean-gateway} kamelet route: the kamelet's parameters arrive as its properties before the
 * route starts, and are checked when the adapter starts.
 */
public abstract class GatewayBean extends AdapterBean {

    final AdapterSettings.Parameters parameters = new AdapterSettings.Parameters();

    /** The kamelet's {@code enocean:} endpoint URI with its connection options (parameter gateway of the bean). */
    public void setGateway(String gateway) {
        parameters.gateway = gateway;
    }

    public void setGatewayId(String gatewayId) {
        parameters.gatewayId = gatewayId;
    }

    public void setDevices(String devices) {
        parameters.devices = devices;
    }

    public void setDeviceFile(String deviceFile) {
        parameters.deviceFile = deviceFile;
    }

    public void setLearnModeTimeout(long seconds) {
        parameters.learnModeTimeout = seconds;
    }

    public void setConfirmTimeout(long millis) {
        parameters.confirmTimeout = millis;
    }
}
