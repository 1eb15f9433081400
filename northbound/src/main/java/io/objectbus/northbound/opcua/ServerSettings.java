// SPDX-License-Identifier: Apache-2.0
package io.objectbus.northbound.opcua;

/**
 * How the node serves its bus over OPC UA (properties {@code objectbus.opcua.server.*}).
 *
 * @param host the address to bind; 127.0.0.1 keeps the server on this machine
 * @param path the endpoint path, e.g. {@code /objectbus}
 * @param writePriority the priority (1..16) OPC UA writes take on the bus
 * @param writeTimeoutMillis how long an OPC UA write waits for the bus's answer
 * @param securityPolicy None, or Basic256Sha256 (sign and encrypt)
 * @param username when set, clients must log in with it; anonymous otherwise
 * @param node the bus node whose objects it serves
 */
public record ServerSettings(
        String host,
        int port,
        String path,
        int writePriority,
        long writeTimeoutMillis,
        String securityPolicy,
        String username,
        String password,
        String certificateDir,
        String node) {

    public String endpointUrl() {
        return "opc.tcp://" + host + ":" + port + path;
    }

    public boolean secure() {
        return securityPolicy != null && !securityPolicy.isBlank() && !securityPolicy.equalsIgnoreCase("None");
    }

    public boolean login() {
        return username != null && !username.isBlank();
    }
}
