// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawanns;

/** The adapter contract of the chirpstack-application kamelet against a simulated ChirpStack v4 integration. */
class ChirpStackContractTest extends NetworkServerContractTest {

    ChirpStackContractTest() {
        super(new SimulatedChirpStack(), "chirpstack-example.camel.yaml.disabled", "chirpstack-write");
    }
}
