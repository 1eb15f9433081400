// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import java.util.concurrent.CompletionStage;

/** An adapter's side of writes: applies a command to the device and completes when the device confirmed it. */
@FunctionalInterface
public interface WriteHandler {
    CompletionStage<Void> apply(WriteCommand command);
}
