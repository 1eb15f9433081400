// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.json;

import io.objectbus.bus.WriteCommand;
import io.objectbus.transforms.json.JsonWriteTemplate;
import java.util.Locale;

/** How a JSON device takes writes: a URL and a body, each a template of {@link JsonWriteTemplate}, and a method. */
record WriteTemplate(String url, String method, String body, String contentType) {

    DeviceRequest request(WriteCommand command) {
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("the adapter of " + command.objectId() + " has no writeUrl");
        }
        return new DeviceRequest(
                render(url, command),
                method.toUpperCase(Locale.ROOT),
                render(body == null ? "" : body, command),
                contentType);
    }

    private static String render(String template, WriteCommand command) {
        return JsonWriteTemplate.render(template, command.objectId(), command.resourceId(), command.value());
    }
}
