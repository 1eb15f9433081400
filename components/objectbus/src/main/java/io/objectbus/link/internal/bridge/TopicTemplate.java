// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal.bridge;

/**
 * A topic with placeholders: {@code {site}}, {@code {node}}, {@code {object}} and {@code {resource}}. Ids never hold
 * MQTT wildcards or separators, so what comes out is always one valid topic.
 */
final class TopicTemplate {

    private final String template;

    TopicTemplate(String template) {
        if (template.contains("+") || template.contains("#")) {
            throw new IllegalArgumentException("a topic template has no wildcards: " + template);
        }
        this.template = template;
    }

    String render(String site, String node, String object, String resource) {
        return template.replace("{site}", site)
                .replace("{node}", node)
                .replace("{object}", object)
                .replace("{resource}", resource == null ? "" : resource);
    }
}
