// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonWriteTemplateTest {

    @Test
    void theValueGoesInAsJsonAndTheIdsAsText() {
        assertThat(JsonWriteTemplate.render("{\"@resource@\": @value@}", "boiler", "setpoint", 21.5))
                .isEqualTo("{\"setpoint\": 21.5}");
        assertThat(JsonWriteTemplate.render("{\"mode\": @value@}", "boiler", "mode", "eco"))
                .isEqualTo("{\"mode\": \"eco\"}");
        assertThat(JsonWriteTemplate.render("/relay/0?turn=@text@&id=@object@", "plug", "on", true))
                .isEqualTo("/relay/0?turn=true&id=plug");
    }
}
