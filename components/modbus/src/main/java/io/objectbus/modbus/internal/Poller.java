// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus.internal;

import io.objectbus.modbus.model.ModbusReading;
import io.objectbus.modbus.model.Register;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every block once. A block the device refuses with an exception is split into its entries for good, so that
 * one entry the device does not have (an illegal address) fails alone and its neighbours keep being read.
 */
final class Poller {

    private static final Logger LOG = LoggerFactory.getLogger(Poller.class);

    /**
     * @param answered blocks the device answered, with data or an exception
     * @param timedOut blocks it did not answer in time
     * @param connectionLost why the connection failed, or null
     */
    record Result(List<ModbusReading> readings, int answered, int timedOut, String connectionLost) {}

    private final String name;
    private final BlockReader reader;
    private final List<Block> blocks;
    private final long timeout;
    private final Map<String, String> failing = new HashMap<>();

    Poller(String name, BlockReader reader, List<Block> blocks, long timeout) {
        this.name = name;
        this.reader = reader;
        this.blocks = new ArrayList<>(blocks);
        this.timeout = timeout;
    }

    Result poll() {
        List<ModbusReading> readings = new ArrayList<>();
        int answered = 0;
        int timedOut = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (timedOut > 0 && answered == 0) {
                // A device that answered nothing this poll is not asked again: one timeout per poll, not one per block.
                block.registers().forEach(r -> readings.add(ModbusReading.failed(r, noAnswer(), Instant.now())));
                timedOut++;
                continue;
            }
            try {
                readings.addAll(reader.read(block));
                answered++;
            } catch (Exception e) {
                if (ModbusErrors.isExceptionResponse(e) && block.registers().size() > 1) {
                    LOG.info(
                            "Modbus adapter {}: {} refused ({}); reading its entries one by one",
                            name,
                            block,
                            ModbusErrors.describe(e));
                    blocks.remove(i);
                    blocks.addAll(i, block.registers().stream().map(Block::of).toList());
                    i--;
                } else if (ModbusErrors.isExceptionResponse(e) || ModbusErrors.isTimeout(e)) {
                    boolean timeoutNow = ModbusErrors.isTimeout(e);
                    answered += timeoutNow ? 0 : 1;
                    timedOut += timeoutNow ? 1 : 0;
                    String reason = timeoutNow ? noAnswer() : ModbusErrors.describe(e);
                    block.registers().forEach(r -> readings.add(ModbusReading.failed(r, reason, Instant.now())));
                } else {
                    return new Result(readings, answered, timedOut, ModbusErrors.describe(e));
                }
            }
        }
        logChanges(readings);
        return new Result(readings, answered, timedOut, null);
    }

    private String noAnswer() {
        return "no answer within " + timeout + " ms";
    }

    /** One line when an entry starts failing or recovers, not one per poll. */
    private void logChanges(List<ModbusReading> readings) {
        for (ModbusReading reading : readings) {
            Register register = reading.register();
            String before =
                    reading.ok() ? failing.remove(register.name()) : failing.put(register.name(), reading.error());
            if (!reading.ok() && !reading.error().equals(before)) {
                LOG.warn(
                        "Modbus adapter {}: {} at {} cannot be read: {}",
                        name,
                        register.name(),
                        register.where(),
                        reading.error());
            } else if (reading.ok() && before != null) {
                LOG.info("Modbus adapter {}: {} reads again", name, register.name());
            }
        }
    }
}
