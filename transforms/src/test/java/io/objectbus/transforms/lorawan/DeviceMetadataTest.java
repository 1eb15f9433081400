// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.lorawan;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.model.ResourceDescriptor;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeviceMetadataTest {

    @Test
    void everyMetadataResourceIsPublishedAtMostOnceASecond() {
        assertThat(DeviceMetadata.resources().values())
                .extracting(ResourceDescriptor::cov)
                .allSatisfy(cov -> assertThat(cov.minInterval()).isEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void coalescingLeavesDeadbandAndHeartbeatToTheNode() {
        assertThat(DeviceMetadata.COALESCED.deadband()).isNull();
        assertThat(DeviceMetadata.COALESCED.maxInterval()).isNull();
    }
}
