// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.objectbus.broker.ClusterSettings;
import io.objectbus.broker.HighAvailability;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/** {@code objectbus.cluster.*} as a node reads it, the live/backup pair's settings among them. */
class ClusterPropertiesTest {

    private static ClusterSettings read(Map<String, String> settings) {
        CamelContext context = new DefaultCamelContext();
        Properties properties = new Properties();
        properties.putAll(settings);
        context.getPropertiesComponent().setInitialProperties(properties);
        return ClusterProperties.read(context, "127.0.0.1");
    }

    private static Map<String, String> member(String role) {
        return Map.of(
                "camel.component.objectbus.node-id", "site-1",
                "objectbus.cluster.port", "61616",
                "objectbus.cluster.members", "10.0.0.2:61616",
                "objectbus.cluster.password", "secret",
                "objectbus.cluster.ha", role);
    }

    @Test
    void aBackupPairsWithThePrimaryOfItsOwnNodeIdByDefault() {
        HighAvailability ha = read(member("backup")).ha();

        assertThat(ha.role()).isEqualTo(HighAvailability.Role.BACKUP);
        assertThat(ha.group()).isEqualTo("site-1");
        assertThat(ha.vote()).isFalse();
    }

    @Test
    void aMemberWithoutTheHaSettingHasNoPair() {
        Map<String, String> settings = new java.util.HashMap<>(member("none"));
        settings.remove("objectbus.cluster.ha");

        assertThat(read(settings).ha().enabled()).isFalse();
    }

    @Test
    void aRoleOtherThanPrimaryOrBackupIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> read(member("master")))
                .isInstanceOf(NodeStartException.class)
                .hasMessageContaining("objectbus.cluster.ha must be none, primary or backup, not master");
    }

    @Test
    void aClusterKeyStoreThatCannotBeReadIsRefusedNamingTheSetting() {
        Map<String, String> settings = new java.util.HashMap<>(member("none"));
        settings.put("objectbus.cluster.keystore", "no-such-member.p12");

        assertThatThrownBy(() -> read(settings))
                .isInstanceOf(NodeStartException.class)
                .hasMessageContaining("objectbus.cluster.keystore no-such-member.p12 cannot be read");
    }

    @Test
    void aPairWithoutAClusterPortIsRefusedRatherThanRunWithoutItsBackup() {
        assertThatThrownBy(() -> read(Map.of("objectbus.cluster.ha", "primary")))
                .isInstanceOf(NodeStartException.class)
                .hasMessageContaining("objectbus.cluster.ha needs objectbus.cluster.port");
    }
}
