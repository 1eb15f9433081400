// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.paho.mqttv5.common.util.MqttTopicValidator;
import org.junit.jupiter.api.Test;

/**
 * The Mosquitto commands of the README and docs/ use topics and filters an MQTT client takes: a reader who copies one
 * gets the bus, not "Invalid subscription topic".
 */
class DocumentedTopicsTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final Pattern COMMAND = Pattern.compile("mosquitto_(sub|pub|rr)\\b[^`|\\n]*");
    private static final Pattern TOPIC = Pattern.compile("(?:^|\\s)-([te]) '([^']*)'");

    /** {file, client, option, topic} of every -t and -e in a documented Mosquitto command. */
    private static List<String[]> documentedTopics() throws IOException {
        List<String[]> topics = new ArrayList<>();
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            Stream.concat(Stream.of(ROOT.resolve("README.md")), docs.filter(p -> p.toString()
                            .endsWith(".md")))
                    .forEach(file -> collect(file, topics));
        }
        return topics;
    }

    private static void collect(Path file, List<String[]> topics) {
        try {
            Matcher command = COMMAND.matcher(Files.readString(file));
            while (command.find()) {
                Matcher topic = TOPIC.matcher(command.group());
                while (topic.find()) {
                    topics.add(new String[] {
                        ROOT.relativize(file).toString(), command.group(1), topic.group(1), topic.group(2)
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyDocumentedMosquittoTopicIsValidMqtt() throws IOException {
        List<String[]> topics = documentedTopics();
        assertThat(topics).as("the docs' Mosquitto commands").hasSizeGreaterThan(10);
        for (String[] t : topics) {
            boolean filter = t[1].equals("sub");
            assertThat(problem(t[3], filter))
                    .as(t[0] + ": mosquitto_" + t[1] + " -" + t[2] + " '" + t[3] + "'")
                    .isNull();
        }
    }

    private static String problem(String topic, boolean filter) {
        try {
            MqttTopicValidator.validate(topic, filter, filter);
            return null;
        } catch (IllegalArgumentException e) {
            return String.valueOf(e.getMessage());
        }
    }
}
