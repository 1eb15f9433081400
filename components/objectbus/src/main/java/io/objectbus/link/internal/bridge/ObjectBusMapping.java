// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal.bridge;

import io.objectbus.link.internal.HistPayload;
import io.objectbus.link.internal.LinkMessage;
import io.objectbus.link.internal.Mapping;
import io.objectbus.link.internal.TopicKind;
import java.util.List;

/**
 * The bus's own payloads on a cloud topic layout: values under the template ({@code {site}/{node}/{object}/{resource}}
 * by default), descriptors and events next to them ({@code …/{object}/$info}, {@code …/$event}); replayed values carry
 * {@code "hist":true} as on the bus.
 */
final class ObjectBusMapping implements Mapping {

    private final String prefix;
    private final TopicTemplate topic;
    private final String site;

    ObjectBusMapping(String prefix, String template, String site) {
        this.prefix = prefix;
        this.topic = new TopicTemplate(template);
        this.site = site;
    }

    @Override
    public List<Publication> map(LinkMessage message) {
        TopicKind kind = TopicKind.of(prefix, message.topic());
        String last = message.topic().substring(message.topic().lastIndexOf('/') + 1);
        String target =
                switch (kind.kind()) {
                    case VALUE -> topic.render(site, kind.node(), kind.object(), last);
                    case OBJECT_INFO, EVENT -> topic.render(site, kind.node(), kind.object(), last);
                    default -> null;
                };
        if (target == null) {
            return List.of();
        }
        byte[] payload = message.payload();
        if (message.hist() && kind.kind() != TopicKind.Kind.OBJECT_INFO) {
            payload = HistPayload.mark(payload);
        }
        return List.of(new Publication(target, Values.qos1(payload)));
    }
}
