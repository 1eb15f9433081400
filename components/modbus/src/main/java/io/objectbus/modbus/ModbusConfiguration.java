// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus;

import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Options of a {@code modbus:} endpoint, copied from the component for each endpoint: how the consumer reaches its
 * device, what it reads and how often. Producers act through the consumer's connection, so only its options count.
 */
@Configurer
@UriParams
public class ModbusConfiguration implements Cloneable {

    @UriParam(label = "common")
    private String host;

    @UriParam(label = "common", defaultValue = "502")
    private int port = 502;

    @UriParam(label = "common", defaultValue = "1")
    private int unitId = 1;

    @UriParam(label = "common", defaultValue = "tcp", enums = "tcp,rtu")
    private String framing = "tcp";

    @UriParam(label = "consumer")
    private String registers;

    @UriParam(label = "consumer", defaultValue = "1000")
    private long pollInterval = 1000;

    @UriParam(label = "common", defaultValue = "2000")
    private long timeout = 2000;

    @UriParam(label = "consumer", defaultValue = "8")
    private int maxGap = 8;

    @UriParam(label = "consumer", defaultValue = "1000")
    private long reconnectDelay = 1000;

    @UriParam(label = "consumer", defaultValue = "30000")
    private long reconnectMaxDelay = 30_000;

    /** A copy, so that each endpoint can change its own options. */
    public ModbusConfiguration copy() {
        try {
            return (ModbusConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code host:port}, for messages. */
    public String address() {
        return host + ":" + port;
    }

    public String getHost() {
        return host;
    }

    /** The device's (or gateway's) host name or address. */
    public void setHost(String host) {
        this.host = host;
    }

    public int getPort() {
        return port;
    }

    /** The device's TCP port. */
    public void setPort(int port) {
        this.port = port;
    }

    public int getUnitId() {
        return unitId;
    }

    /** The unit id (slave address) the requests go to: 1 to 247, or 255 (0xFF) for a TCP device that ignores it; behind an RTU gateway, the serial device's address. */
    public void setUnitId(int unitId) {
        this.unitId = unitId;
    }

    public String getFraming() {
        return framing;
    }

    /** tcp: Modbus TCP (MBAP header); rtu: RTU frames with CRC over the TCP connection (a serial-to-Ethernet converter in transparent mode). */
    public void setFraming(String framing) {
        this.framing = framing;
    }

    public String getRegisters() {
        return registers;
    }

    /** The register map: a YAML list of entries with name, table (holding, input, coil, discrete), address (0-based protocol address), type (int16, uint16, int32, uint32, float32, bit), wordOrder (big, little), bit (a bit of a register), writable; other keys (scale, offset, unit, ...) are kept for the mapping. */
    public void setRegisters(String registers) {
        this.registers = registers;
    }

    public long getPollInterval() {
        return pollInterval;
    }

    /** Milliseconds between polls of the whole map. */
    public void setPollInterval(long pollInterval) {
        this.pollInterval = pollInterval;
    }

    public long getTimeout() {
        return timeout;
    }

    /** Milliseconds to wait for an answer (and for the TCP connection) before a request times out. */
    public void setTimeout(long timeout) {
        this.timeout = timeout;
    }

    public int getMaxGap() {
        return maxGap;
    }

    /** Entries at most this many registers (or bits) apart are read in one request, the unmapped ones between them read and dropped; 0 merges only adjacent entries. */
    public void setMaxGap(int maxGap) {
        this.maxGap = maxGap;
    }

    public long getReconnectDelay() {
        return reconnectDelay;
    }

    /** Milliseconds to wait after a failed connection attempt; doubles on each failure. */
    public void setReconnectDelay(long reconnectDelay) {
        this.reconnectDelay = reconnectDelay;
    }

    public long getReconnectMaxDelay() {
        return reconnectMaxDelay;
    }

    /** Longest wait between connection attempts, in milliseconds. */
    public void setReconnectMaxDelay(long reconnectMaxDelay) {
        this.reconnectMaxDelay = reconnectMaxDelay;
    }
}
