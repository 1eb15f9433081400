// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * An adapter's side of commands ({@code $cmd}): runs one, reporting progress on the way, and completes with its
 * result when done, or exceptionally with the reason it failed.
 */
@FunctionalInterface
public interface CommandHandler {
    CompletionStage<Map<String, Object>> run(BusCommand command, CommandProgress progress);
}
