// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.core.settings.impl.PageFullMessagePolicy;

/** Turns {@link BrokerSettings} and {@link BrokerSecurity} into an Artemis configuration. */
final class BrokerConfiguration {

    /** The addresses where routers and bridges keep what waits for a link; each router bounds its own. */
    static final String LINK_ADDRESS_PREFIX = "$objectbus.link.";

    static final String LINK_ADDRESSES = LINK_ADDRESS_PREFIX + "#";

    /** At most 10,000 journal writes a second under load; at 5,000 QoS 1 values/s about one value per write. */
    static final int JOURNAL_BUFFER_TIMEOUT_NANOS = 100_000;

    private BrokerConfiguration() {}

    static Configuration of(BrokerSettings settings, BrokerSecurity security, int inVmId) {
        return of(settings, security, ClusterSettings.none(), inVmId);
    }

    static Configuration of(BrokerSettings settings, BrokerSecurity security, ClusterSettings cluster, int inVmId) {
        ConfigurationImpl config = new ConfigurationImpl();
        config.setName("objectbus");
        config.setSecurityEnabled(security.enabled());
        // The cache key is user, password and certificate, not the listener: a cached anonymous login of one
        // listener would let anonymous clients into another.
        config.setAuthenticationCacheSize(0);
        config.setPersistenceEnabled(settings.persistent());
        // A persistent message counts as stored (PUBACK, delivery) only once the journal's write has reached the
        // operating system: without it a kill of the node loses what was acknowledged but still in the JVM. The
        // forced disk write (fsync) is journal-sync's: it costs milliseconds on flash and virtual disks and wears
        // flash.
        config.setJournalSyncNonTransactional(true);
        config.setJournalSyncTransactional(true);
        config.setJournalDatasync(settings.journalSync());
        config.setJournalType(settings.journalType());
        // The journal gathers writes for this long before it writes them out, and what waits for the write (the PUBACK,
        // the delivery) waits that long too: Artemis's 3.3 ms for NIO would be more than Mosquitto's whole QoS 1 p99.
        config.setJournalBufferTimeout_NIO(journalBufferTimeoutNanos(settings));
        config.setJournalBufferTimeout_AIO(JOURNAL_BUFFER_TIMEOUT_NANOS);
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
            String plain = security.enabled() ? ";securityDomain=" + NodeSecurityManager.PLAIN : "";
            config.addAcceptorConfiguration("mqtt", acceptorUrl(settings, settings.mqttPort()) + plain);
            if (settings.webSocketPort() > 0) {
                config.addAcceptorConfiguration("mqtt-ws", acceptorUrl(settings, settings.webSocketPort()) + plain);
            }
            if (security.tlsPort() > 0) {
                config.addAcceptorConfiguration("mqtts", tlsAcceptorUrl(settings, security));
            }
        } catch (Exception e) {
            throw new IllegalArgumentException("invalid listener settings " + settings, e);
        }
        config.addAddressSetting("#", defaultAddressSettings());
        config.addAddressSetting(LINK_ADDRESSES, linkAddressSettings(64L * 1024 * 1024));
        // The whole topic tree shares one paging store: it pages only when the broker's memory budget is used up,
        // not when one slow subscriber holds 16 MB.
        config.addAddressSetting(
                SharedPagingManager.SHARED_STORE.toString(), new AddressSettings().setMaxSizeBytes(-1));
        if (cluster.enabled()) {
            ClusterConfiguration.apply(config, cluster);
        }
        return config;
    }

    /**
     * A mapped journal without fsync needs no buffer: a record is stored once it is copied into the mapped file (the
     * operating system's page cache), on the journal's own thread, without the buffer's timer thread in between. With an
     * fsync the buffer gathers the records of 0.1 ms into one forced write. (The mapped journal takes NIO's setting.)
     */
    private static int journalBufferTimeoutNanos(BrokerSettings settings) {
        return settings.journalType() == JournalType.MAPPED && !settings.journalSync()
                ? 0
                : JOURNAL_BUFFER_TIMEOUT_NANOS;
    }

    /**
     * MQTT over TLS, and over secure WebSocket on the same port. Paths and passwords are URL-encoded, as the broker
     * decodes them, so that any character may appear in them.
     */
    private static String tlsAcceptorUrl(BrokerSettings settings, BrokerSecurity security) {
        StringBuilder url = new StringBuilder(acceptorUrl(settings, security.tlsPort()));
        url.append(";securityDomain=").append(NodeSecurityManager.TLS);
        url.append(";sslEnabled=true;keyStoreType=").append(TlsMaterial.keyStoreType(security));
        url.append(";keyStorePath=").append(encode(TlsMaterial.keyStorePath(security, settings.dataDir())));
        url.append(";keyStorePassword=").append(encode(security.keyStorePassword()));
        if (security.trustStore() != null) {
            url.append(";trustStoreType=").append(TlsMaterial.trustStoreType(security.trustStore()));
            url.append(";trustStorePath=").append(encode(security.trustStore()));
            url.append(";trustStorePassword=").append(encode(security.trustStorePassword()));
        }
        url.append(";needClientAuth=").append(security.clientAuthRequired());
        // Clients may ask for a certificate without needing one: a certificate maps to an identity.
        url.append(";wantClientAuth=").append(security.trustStore() != null);
        url.append(";enabledProtocols=TLSv1.2,TLSv1.3");
        // A certificate renewed in the same files (each PEM file too) is taken up by new connections without a restart.
        url.append(";sslAutoReload=true");
        return url.toString();
    }

    private static String encode(Object value) {
        String text = value instanceof Path path ? path.toAbsolutePath().toString() : String.valueOf(value);
        return URLEncoder.encode(value == null ? "" : text, StandardCharsets.UTF_8);
    }

    /**
     * What waits for a link: paged to disk past a little memory, bounded on disk, and refused when full so that the
     * router that stores it counts what it drops (the broker alone would drop silently).
     */
    static AddressSettings linkAddressSettings(long maxBytes) {
        long pageSize = Math.max(64 * 1024, Math.min(1024 * 1024, maxBytes / 8));
        return new AddressSettings()
                .setAutoCreateAddresses(true)
                .setAutoCreateQueues(true)
                .setAutoDeleteQueues(false)
                .setAutoDeleteAddresses(false)
                .setAddressFullMessagePolicy(AddressFullMessagePolicy.PAGE)
                .setMaxSizeBytes(pageSize)
                .setPageSizeBytes((int) pageSize)
                .setPageLimitBytes(maxBytes)
                .setPageFullMessagePolicy(PageFullMessagePolicy.FAIL)
                // The link's reader holds a window of messages until the far broker acknowledged them.
                .setMaxReadPageBytes((int) Math.max(2 * pageSize, 2L * 1024 * 1024));
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
                // MQTT has no message groups: without buckets a queue skips the group-id lookup of every delivery.
                .setDefaultGroupBuckets(0)
                .setDeadLetterAddress(SimpleString.of("$objectbus.dead-letters"))
                .setExpiryAddress(SimpleString.of("$objectbus.expired"));
    }
}
