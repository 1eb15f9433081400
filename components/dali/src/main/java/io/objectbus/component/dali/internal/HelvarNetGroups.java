// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The DALI groups of a router's devices, from 164 Query Group: the devices of HelvarNet groups 1..16 are the members of
 * DALI groups 0..15, the mapping the group writes use. Asked once per connection, at the first groups query of
 * discovery: sixteen queries instead of two per device, and the router's groups change only in Designer.
 */
final class HelvarNetGroups {

    static final int GROUPS = 16;

    /** Sends a query and returns the router's answer. */
    interface Router {
        String ask(String request) throws IOException;
    }

    private Map<String, Integer> masks;

    /** The device's groups as the bits of DALI groups 0..15. */
    int of(String device, Router router) throws IOException {
        if (masks == null) {
            masks = load(router);
        }
        return masks.getOrDefault(device, 0);
    }

    /** A new connection asks again: the router may have been given new groups meanwhile. */
    void forget() {
        masks = null;
    }

    private static Map<String, Integer> load(Router router) throws IOException {
        Map<String, Integer> masks = new HashMap<>();
        for (int group = 1; group <= GROUPS; group++) {
            String request = "C:164,G:" + group;
            int bit = 1 << (group - 1);
            for (String device : HelvarNetAnswer.devices(router.ask(request), request)) {
                masks.merge(device, bit, Integer::sum);
            }
        }
        return masks;
    }
}
