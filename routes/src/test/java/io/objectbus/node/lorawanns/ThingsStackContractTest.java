// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawanns;

/** The adapter contract of the thingsstack-application kamelet against a simulated The Things Stack integration. */
class ThingsStackContractTest extends NetworkServerContractTest {

    ThingsStackContractTest() {
        super(new SimulatedThingsStack(), "thingsstack-example.camel.yaml.disabled", "thingsstack-write");
    }
}
