// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.bacnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.objectbus.bacnet.model.BacnetValue.EnumeratedValue;
import io.objectbus.bacnet.model.BacnetValue.NullValue;
import io.objectbus.bacnet.model.BacnetValue.RealValue;
import io.objectbus.bacnet.model.BacnetValue.UnsignedValue;
import io.objectbus.bus.WriteCommand;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bus writes to a device's priority array (ASHRAE 135 clause 19.2). */
class BacnetWritePlanTest {
    private static final String VALVE = "bacnet-1001-analog-output-1";
    private static final String FAN = "bacnet-1001-binary-output-1";
    private static final String SPEED = "bacnet-1001-multi-state-output-1";

    private final BacnetMapping mapping = new BacnetMapping();

    BacnetWritePlanTest() {
        mapping.describe(
                new BacnetDevice(
                        1001,
                        "127.0.0.1:47809",
                        Map.of(),
                        List.of(
                                point("analog-output:1", Map.of("present-value", 0.0, "relinquish-default", 0.0)),
                                point("binary-output:1", Map.of("present-value", 0, "relinquish-default", 0)),
                                point(
                                        "multi-state-output:1",
                                        Map.of(
                                                "present-value", 1,
                                                "state-text", List.of("Off", "Low", "High"),
                                                "relinquish-default", 1)))),
                true);
    }

    private static BacnetPoint point(String object, Map<String, Object> properties) {
        return new BacnetPoint(object, properties);
    }

    private static WriteCommand command(String object, Object value, int priority, int written) {
        return new WriteCommand(object, "present-value", value, priority, written, "test", null, null);
    }

    private BacnetWritePlan applied(BacnetWritePlan plan) {
        mapping.applied(plan);
        return plan;
    }

    @Test
    void aValueFromBusPriority8IsWrittenAtPriority8() {
        BacnetWritePlan plan = mapping.write(command(VALVE, 40.0, 8, 8));
        assertThat(plan.steps())
                .containsExactly(new BacnetWrite(1001, "127.0.0.1:47809", "analog-output:1", new RealValue(40f), 8));
        assertThat(plan.holds()).isEqualTo(8);
    }

    @Test
    void writeAtPriority8IsOverriddenByPriority3WhichRelinquishes8OnTheDevice() {
        applied(mapping.write(command(VALVE, 40.0, 8, 8)));
        BacnetWritePlan plan = applied(mapping.write(command(VALVE, 90.0, 3, 3)));
        assertThat(plan.steps()).extracting(BacnetWrite::priority).containsExactly(3, 8);
        assertThat(plan.steps().get(1).relinquishes()).isTrue();

        BacnetWritePlan back = mapping.write(command(VALVE, 40.0, 8, 3));
        assertThat(back.steps()).extracting(BacnetWrite::priority).containsExactly(8, 3);
        assertThat(back.steps().get(0).value()).isEqualTo(new RealValue(40f));
    }

    @Test
    void theRelinquishDefaultRelinquishesThePriorityTheBusHeld() {
        applied(mapping.write(command(FAN, true, 5, 5)));
        BacnetWritePlan plan = applied(mapping.write(command(FAN, false, 0, 5)));
        assertThat(plan.steps()).singleElement().satisfies(step -> {
            assertThat(step.priority()).isEqualTo(5);
            assertThat(step.value()).isEqualTo(NullValue.INSTANCE);
        });
        assertThat(plan.holds()).isZero();
    }

    @Test
    void withoutMemoryOfTheHeldPriorityTheWrittenLevelIsRelinquished() {
        BacnetWritePlan plan = mapping.write(command(FAN, false, 0, 11));
        assertThat(plan.steps()).extracting(BacnetWrite::priority).containsExactly(11);
        assertThat(mapping.write(command(FAN, false, 0, 0)).steps()).isEmpty();
    }

    @Test
    void booleansAndStatesBecomeEnumeratedAndUnsigned() {
        assertThat(mapping.write(command(FAN, true, 16, 16)).steps().get(0).value())
                .isEqualTo(new EnumeratedValue(1));
        assertThat(mapping.write(command(SPEED, "High", 16, 16)).steps().get(0).value())
                .isEqualTo(new UnsignedValue(3));
        assertThatThrownBy(() -> mapping.write(command(SPEED, "Turbo", 16, 16)))
                .hasMessageContaining("'Turbo' is not a state of " + SPEED);
        assertThatThrownBy(() -> mapping.write(command("bacnet-1-analog-value-1", 1.0, 16, 16)))
                .hasMessageContaining("no BACnet object backs bacnet-1-analog-value-1");
    }

    @Test
    void theLevelsHeldOnADeviceAreThoseItsAppliedWritesLeft() {
        applied(mapping.write(command(VALVE, 40.0, 8, 8)));
        applied(mapping.write(command(FAN, true, 3, 3)));
        applied(mapping.write(command(FAN, false, 0, 3)));
        mapping.write(command(SPEED, "High", 5, 5));

        // The fan was relinquished, the speed never applied: the valve's level 8 is the one to check.
        assertThat(mapping.held(1001))
                .containsExactly(new HeldLevel(VALVE, 1001, "127.0.0.1:47809", "analog-output:1", 8));
        assertThat(mapping.held(1002)).isEmpty();
        assertThat(mapping.objectIds(1001)).containsExactlyInAnyOrder(VALVE, FAN, SPEED);
    }
}
