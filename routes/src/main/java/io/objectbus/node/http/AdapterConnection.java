// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import io.objectbus.bus.BusObject;
import io.objectbus.bus.BusValue;
import io.objectbus.bus.BusView;
import java.util.List;

/**
 * One adapter connection of this node as the bus shows it: the object {@code objectbus:connection} describes (tag
 * {@code connection}) with its resources state, reason and since.
 */
record AdapterConnection(String object, String protocol, String state, String reason, String since) {

    static List<AdapterConnection> all(BusView view) {
        return view.objects(BusView.Selection.node(view.nodeId())).stream()
                .filter(object -> object.descriptor().tags().contains("connection"))
                .map(object -> of(view, object))
                .toList();
    }

    private static AdapterConnection of(BusView view, BusObject object) {
        String state = "connecting";
        String reason = "";
        String since = null;
        for (BusValue value : view.values(object.node(), object.descriptor().id())) {
            String text = value.value() == null ? "" : value.value().toString();
            switch (value.resource()) {
                case "state" -> state = text;
                case "reason" -> reason = text;
                case "since" -> since = text;
                default -> {}
            }
        }
        return new AdapterConnection(
                object.descriptor().id(), object.descriptor().protocol(), state, reason, since);
    }

    boolean isUp() {
        return "up".equals(state);
    }

    String describe() {
        return reason.isBlank() ? state : state + " (" + reason + ")";
    }
}
