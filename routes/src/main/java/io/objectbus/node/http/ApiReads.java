// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import io.objectbus.bus.BusNode;
import io.objectbus.bus.BusObject;
import io.objectbus.bus.BusValue;
import io.objectbus.bus.BusView;
import io.objectbus.component.ObjectBusComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.camel.Exchange;

/** The API's reads: nodes, objects, an object, its values, a priority array, recent errors and events, links. */
final class ApiReads {

    void nodes(Exchange exchange) {
        BusNode bus = bus(exchange);
        Map<String, Integer> counts = new TreeMap<>();
        bus.view().objects(BusView.Selection.ALL).forEach(o -> counts.merge(o.node(), 1, Integer::sum));
        counts.putIfAbsent(bus.view().nodeId(), 0);
        List<Map<String, Object>> nodes = new ArrayList<>();
        counts.forEach((node, objects) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", node);
            entry.put("self", node.equals(bus.view().nodeId()));
            entry.put("objects", objects);
            nodes.add(entry);
        });
        ApiJson.answer(exchange, nodes);
    }

    void objects(Exchange exchange) {
        ObjectFilter filter = ObjectFilter.of(exchange);
        List<Map<String, Object>> objects = new ArrayList<>();
        for (BusObject object : bus(exchange).view().objects(filter.selection())) {
            if (filter.matches(object.descriptor())) {
                if (objects.size() == filter.limit()) {
                    break;
                }
                objects.add(ApiObjects.summary(object));
            }
        }
        ApiJson.answer(exchange, objects);
    }

    void object(Exchange exchange) {
        BusView view = bus(exchange).view();
        BusObject object = find(exchange, view);
        ApiJson.answer(
                exchange,
                ApiObjects.full(
                        object, view.values(object.node(), object.descriptor().id())));
    }

    void values(Exchange exchange) {
        BusView view = bus(exchange).view();
        BusObject object = find(exchange, view);
        ApiJson.answer(
                exchange,
                ApiObjects.values(view.values(object.node(), object.descriptor().id())));
    }

    void priorities(Exchange exchange) {
        BusView view = bus(exchange).view();
        String node = ApiJson.parameter(exchange, "node");
        String object = ApiJson.parameter(exchange, "object");
        String resource = ApiJson.parameter(exchange, "resource");
        if (!view.nodeId().equals(node)) {
            throw ApiProblem.notFound(
                    "priority arrays of node " + node + " are that node's: ask its API, or $discover with detail full");
        }
        List<Map<String, Object>> levels = view.priorities(object, resource)
                .orElseThrow(() ->
                        ApiProblem.notFound(node + "/" + object + "/" + resource + " is not a writable resource"));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("levels", levels);
        answer.put(
                "effective",
                view.values(node, object).stream()
                        .filter(v -> v.resource().equals(resource))
                        .map(BusValue::value)
                        .findFirst()
                        .orElse(null));
        ApiJson.answer(exchange, answer);
    }

    void errors(Exchange exchange) {
        ApiJson.answer(exchange, bus(exchange).errors().recent());
    }

    void events(Exchange exchange) {
        EventLog log = exchange.getContext().hasService(EventLog.class);
        if (log == null) {
            throw new ApiProblem(503, "Service Unavailable", "the event log does not run");
        }
        ApiJson.answer(exchange, log.recent(EventFilter.of(exchange)));
    }

    void links(Exchange exchange) {
        ApiJson.answer(exchange, bus(exchange).links());
    }

    private static BusObject find(Exchange exchange, BusView view) {
        String node = ApiJson.parameter(exchange, "node");
        String object = ApiJson.parameter(exchange, "object");
        return view.objects(new BusView.Selection(node, object)).stream()
                .filter(o -> o.node().equals(node) && o.descriptor().id().equals(object))
                .findFirst()
                .orElseThrow(() -> ApiProblem.notFound("no object " + object + " of node " + node + " on the bus"));
    }

    static BusNode bus(Exchange exchange) {
        ObjectBusComponent component = exchange.getContext().getComponent("objectbus", ObjectBusComponent.class);
        if (component == null || component.getBus() == null) {
            throw new ApiProblem(503, "Service Unavailable", "the bus does not run");
        }
        return component.getBus();
    }
}
