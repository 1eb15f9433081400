// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.dali;

import io.objectbus.bus.CommandProgress;
import io.objectbus.transforms.dali.Commissioning;
import io.objectbus.transforms.dali.DaliObjects;
import io.objectbus.transforms.dali.Discovery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The bus object's commands ({@code $cmd}): {@code discover} and {@code commission}, each run on the adapter's
 * thread (so neither meets a poll on the bus), reporting progress and done with what it found.
 */
final class DaliCommands {

    private final DaliAdapter adapter;

    DaliCommands(DaliAdapter adapter) {
        this.adapter = adapter;
    }

    CompletableFuture<Map<String, Object>> run(String command, CommandProgress progress) {
        return switch (command) {
            case DaliObjects.DISCOVER -> supply(() -> discover(progress));
            case DaliObjects.COMMISSION -> supply(() -> commission(progress));
            default -> CompletableFuture.failedFuture(new IllegalArgumentException("no DALI command " + command));
        };
    }

    private interface Work {
        Map<String, Object> run() throws Exception;
    }

    private CompletableFuture<Map<String, Object>> supply(Work work) {
        CompletableFuture<Map<String, Object>> done = new CompletableFuture<>();
        adapter.worker().execute(() -> {
            try {
                done.complete(work.run());
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    private Map<String, Object> discover(CommandProgress progress) throws Exception {
        progress.report(0, 64, "asking short addresses 0..63");
        Discovery.Result found = adapter.discoverNow();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("gear", found.gear().size());
        result.put("devices", found.devices().size());
        result.put("problems", found.problems());
        return result;
    }

    /** Progress per gear given an address; then the bus is discovered again so that the new gear become lights. */
    private Map<String, Object> commission(CommandProgress progress) throws Exception {
        String bus = adapter.busId();
        Commissioning.Result done = new Commissioning(
                        adapter.link(), adapter.model().usedAddresses(), p -> {
                            progress.report(p.programmed(), p.expected(), p.message());
                            adapter.out().publish(bus, Map.of(DaliObjects.COMMISSIONING, p.message()));
                        })
                .run();
        done.problems().forEach(p -> adapter.out().event(bus, Map.of("commissioning", p)));
        Discovery.Result found = adapter.discoverNow();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("programmed", done.programmed());
        result.put("problems", done.problems());
        result.put("gear", found.gear().size());
        return result;
    }
}
