// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.model.Quality;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.junit.jupiter.api.Test;

class OpcUaQualityTest {

    // Part 4 clause 7.39: the two top bits of a status code are its severity.
    @Test
    void theSeverityGivesTheQuality() {
        assertThat(OpcUaQuality.quality(StatusCode.GOOD)).isEqualTo(Quality.GOOD);
        assertThat(OpcUaQuality.quality(new StatusCode(StatusCodes.Uncertain_SensorNotAccurate)))
                .isEqualTo(Quality.UNCERTAIN);
        assertThat(OpcUaQuality.quality(new StatusCode(StatusCodes.Bad_SensorFailure)))
                .isEqualTo(Quality.BAD);
    }

    @Test
    void theReasonNamesTheCode() {
        assertThat(OpcUaQuality.reason(StatusCode.GOOD)).isNull();
        assertThat(OpcUaQuality.reason(new StatusCode(StatusCodes.Bad_SensorFailure)))
                .isEqualTo("Bad_SensorFailure (0x808C0000)");
        assertThat(OpcUaQuality.describe(new StatusCode(0x80FF0000L))).isEqualTo("0x80FF0000 (0x80FF0000)");
    }

    @Test
    void aStaleValueIsServedAsTheLastUsableValue() {
        assertThat(OpcUaQuality.statusCode(Quality.STALE).value()).isEqualTo(StatusCodes.Uncertain_LastUsableValue);
        assertThat(OpcUaQuality.statusCode(Quality.GOOD).isGood()).isTrue();
        assertThat(OpcUaQuality.statusCode(Quality.BAD).isBad()).isTrue();
    }
}
