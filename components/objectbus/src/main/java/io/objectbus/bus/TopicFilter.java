// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

/** MQTT topic filter matching ({@code +} one level, {@code #} the rest), per MQTT 3.1.1 section 4.7. */
final class TopicFilter {

    private final String[] levels;

    TopicFilter(String filter) {
        this.levels = filter.split("/", -1);
    }

    boolean matches(String topic) {
        String[] topicLevels = topic.split("/", -1);
        return matchesFrom(topicLevels, 0);
    }

    /** Whether some topic starting with these levels could match: lets a caller skip a whole subtree. */
    boolean mayMatchUnder(String... topicPrefix) {
        for (int i = 0; i < topicPrefix.length; i++) {
            if (i >= levels.length) {
                return false;
            }
            String level = levels[i];
            if (level.equals("#")) {
                return true;
            }
            if (!level.equals("+") && !level.equals(topicPrefix[i])) {
                return false;
            }
        }
        return true;
    }

    private boolean matchesFrom(String[] topic, int start) {
        for (int i = start; i < levels.length; i++) {
            String level = levels[i];
            if (level.equals("#")) {
                return true; // also matches the parent level [MQTT-4.7.1-2]
            }
            if (i >= topic.length || (!level.equals("+") && !level.equals(topic[i]))) {
                return false;
            }
        }
        return topic.length == levels.length;
    }
}
