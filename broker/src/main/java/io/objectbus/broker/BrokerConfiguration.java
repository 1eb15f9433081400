// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/** Turns {@link BrokerSettings} into an Artemis configuration. */
final class BrokerConfiguration {

    private BrokerConfiguration() {}

    static Configuration of(BrokerSettings settings, int inVmId) {
        ConfigurationImpl config = new ConfigurationImpl();
        config.setName("objectbus");
        config.setSecurityEnabled(false);
        config.setPersistenceEnabled(settings.persistent());
        config.setJournalDirectory(settings.dataDir().resolve("journal").toString());
        config.setBindingsDirectory(settings.dataDir().resolve("bindings").toString());
        config.setPagingDirectory(settings.dataDir().resolve("paging").toString());
        config.setLargeMessagesDirectory(
                settings.dataDir().resolve("large-messages").toString());
        config.setNodeManagerLockDirectory(settings.dataDir().toString());
        config.setJMXManagementEnabled(false);
        config.setMaxDiskUsage(98);
        config.setGracefulShutdownEnabled(false);
        try {
            config.addAcceptorConfiguration("in-vm", "vm://" + inVmId);
            config.addAcceptorConfiguration("mqtt", acceptorUrl(settings, settings.mqttPort()));
            if (settings.webSocketPort() > 0) {
                config.addAcceptorConfiguration("mqtt-ws", acceptorUrl(settings, settings.webSocketPort()));
            }
        } catch (Exception e) {
            throw new IllegalArgumentException("invalid listener settings " + settings, e);
        }
        config.addAddressSetting("#", defaultAddressSettings());
        return config;
    }

    private static String acceptorUrl(BrokerSettings settings, int port) {
        // The acceptor detects the WebSocket upgrade itself, so both listeners take the same options.
        return "tcp://" + settings.host() + ":" + port + "?protocols=MQTT;maximumPacketSize="
                + settings.maxMessageBytes() + ";tcpNoDelay=true";
    }

    private static AddressSettings defaultAddressSettings() {
        return new AddressSettings()
                .setAutoCreateAddresses(true)
                .setAutoCreateQueues(true)
                .setAddressFullMessagePolicy(AddressFullMessagePolicy.PAGE)
                .setMaxSizeBytes(16L * 1024 * 1024)
                .setDeadLetterAddress(SimpleString.of("$objectbus.dead-letters"))
                .setExpiryAddress(SimpleString.of("$objectbus.expired"));
    }
}
