// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.model.ObjectDescriptor;
import java.io.IOException;

/** Object-level topics of other nodes, as {@link ForeignState} keeps them: descriptors and values. */
final class ForeignTopics {

    private ForeignTopics() {}

    /**
     * The node, object and last level of {@code {prefix}/{node}/{object}/$info} or {@code …/{object}/{resource}};
     * null for any other topic.
     */
    static String[] levels(Topics topics, String topic) {
        String root = topics.prefix() + "/";
        if (!topic.startsWith(root)) {
            return null;
        }
        String[] levels = topic.substring(root.length()).split("/", -1);
        if (levels.length != 3 || levels[1].startsWith("$")) {
            return null;
        }
        return levels[2].equals("$info") || !levels[2].startsWith("$") ? levels : null;
    }

    /** An object descriptor payload. */
    static ObjectDescriptor descriptor(byte[] payload) {
        try {
            return Json.MAPPER.readValue(payload, ObjectDescriptor.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("object descriptor unreadable: " + e.getMessage(), e);
        }
    }
}
