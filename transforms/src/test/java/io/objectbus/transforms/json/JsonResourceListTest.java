// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.objectbus.model.ValueType;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonResourceListTest {

    @Test
    void eachEntryGivesIdExpressionTypeUnitAndWritability() {
        List<JsonResource> resources = JsonResourceList.parse(
                "temperature, $.sensors.t, number, unit=Cel, min=-40, max=85; relay, $.relay.on, boolean, writable,"
                        + " name=Pump relay");
        assertThat(resources).extracting(JsonResource::id).containsExactly("temperature", "relay");
        JsonResource temperature = resources.get(0);
        assertThat(temperature.expression()).isEqualTo("$.sensors.t");
        assertThat(temperature.descriptor().type()).isEqualTo(ValueType.NUMBER);
        assertThat(temperature.descriptor().unit()).isEqualTo("Cel");
        assertThat(temperature.descriptor().min()).isEqualTo(-40.0);
        assertThat(temperature.descriptor().max()).isEqualTo(85.0);
        assertThat(temperature.descriptor().writable()).isFalse();
        assertThat(resources.get(1).descriptor().type()).isEqualTo(ValueType.BOOLEAN);
        assertThat(resources.get(1).descriptor().writable()).isTrue();
        assertThat(resources.get(1).descriptor().name()).isEqualTo("Pump relay");
    }

    @Test
    void separatorsInsideBracketsParenthesesAndQuotesBelongToTheExpression() {
        List<JsonResource> resources =
                JsonResourceList.parse("a, $['x,y'][0,1]; b, (.v | sub(\"a\";\"b\")), string; c, .t");
        assertThat(resources)
                .extracting(JsonResource::expression)
                .containsExactly("$['x,y'][0,1]", "(.v | sub(\"a\";\"b\"))", ".t");
    }

    @Test
    void aTypeIsNumberUnlessGiven() {
        assertThat(JsonResourceList.parse("p, $.p").get(0).descriptor().type()).isEqualTo(ValueType.NUMBER);
    }

    @Test
    void wrongEntriesAreRefusedWithTheEntryNamed() {
        assertThatThrownBy(() -> JsonResourceList.parse("")).hasMessageContaining("no resources");
        assertThatThrownBy(() -> JsonResourceList.parse("temp")).hasMessageContaining("'temp'");
        assertThatThrownBy(() -> JsonResourceList.parse("te.mp, $.t")).hasMessageContaining("not an id");
        assertThatThrownBy(() -> JsonResourceList.parse("t, $.t, colour=red")).hasMessageContaining("colour=red");
        assertThatThrownBy(() -> JsonResourceList.parse("t, $.t, min=low")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> JsonResourceList.parse("t, $.t; t, $.u")).hasMessageContaining("twice");
    }
}
