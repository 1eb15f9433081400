// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker.security;

import java.util.ArrayList;
import java.util.List;

/** The topics an identity may publish to and subscribe to, derived from its role and the bus's topic prefix. */
record TopicGrants(List<String> publish, List<String> subscribe) {

    static TopicGrants of(Identity identity, String prefix) {
        String replies = "reply/" + identity.name() + "/#";
        List<String> objects = identity.objects().isEmpty() ? List.of("*") : identity.objects();
        List<String> discover = List.of(prefix + "/$discover", prefix + "/+/$discover");
        return switch (identity.role()) {
            case admin -> new TopicGrants(List.of("#"), List.of("#"));
            case router -> new TopicGrants(List.of(prefix + "/#"), List.of(prefix + "/#"));
            case viewer -> new TopicGrants(discover, List.of(prefix + "/#", replies));
            case operator ->
                new TopicGrants(
                        join(
                                discover,
                                join(
                                        each(objects, o -> prefix + "/+/" + o + "/+/$set"),
                                        each(objects, o -> prefix + "/+/" + o + "/$cmd"))),
                        List.of(prefix + "/#", replies));
            case adapter ->
                new TopicGrants(
                        join(discover, each(objects, o -> prefix + "/+/" + o + "/#")),
                        join(each(objects, o -> prefix + "/+/" + o + "/#"), List.of(replies)));
            case device -> new TopicGrants(identity.topics(), identity.topics());
        };
    }

    boolean mayPublish(String topic) {
        return publish.stream().anyMatch(grant -> TopicFilters.matches(grant, topic));
    }

    boolean maySubscribe(String filter) {
        return subscribe.stream().anyMatch(grant -> TopicFilters.covers(grant, filter));
    }

    private static List<String> each(List<String> objects, java.util.function.UnaryOperator<String> topic) {
        return objects.stream().map(topic).toList();
    }

    private static List<String> join(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
