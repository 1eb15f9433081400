// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

/** The network listeners the broker can open, each an Artemis acceptor of its own. */
public enum BrokerListener {
    MQTT("mqtt", "MQTT port"),
    WEBSOCKET("mqtt-ws", "WebSocket port"),
    TLS("mqtts", "TLS port");

    private final String acceptorName;
    private final String label;

    BrokerListener(String acceptorName, String label) {
        this.acceptorName = acceptorName;
        this.label = label;
    }

    /** The name of its acceptor in the broker's configuration. */
    public String acceptorName() {
        return acceptorName;
    }

    /** How a user knows it: {@code MQTT port}, {@code TLS port}. */
    public String label() {
        return label;
    }

    /** Its port in these settings; 0 when the settings ask for no such listener. */
    int port(BrokerSettings settings, BrokerSecurity security) {
        return switch (this) {
            case MQTT -> settings.mqttPort();
            case WEBSOCKET -> settings.webSocketPort();
            case TLS -> security.tlsPort();
        };
    }
}
